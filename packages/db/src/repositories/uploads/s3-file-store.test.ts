import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createFileCipher } from '../../crypto/file-cipher';
import { createS3FileStore } from './s3-file-store';

// No S3-compatible fake is kept on npm well enough to run in-process here (s3rver's last release is years
// old and pins old busboy and koa), so the store is tested through the requests it builds, against a
// recording `fetch` that answers as S3 does.
const keys = { encryptionKeys: new Map([['k1', Buffer.alloc(32, 7)]]), currentKeyId: 'k1' };
const settings = {
  endpoint: 'https://storage.example.ru/',
  bucket: 'talon-files',
  region: 'ru-central1',
  accessKeyId: 'AKIDEXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
  prefix: 'uploads/',
};
const FILE_ID = '6f1c2b7e-2f5d-4b53-9a0e-3f0f1b9b2c11';

function bucket() {
  const objects = new Map<string, Uint8Array>();
  const requests: Request[] = [];
  const send = async (request: Request) => {
    requests.push(request);
    const key = new URL(request.url).pathname;
    if (request.method === 'PUT') {
      objects.set(key, new Uint8Array(await request.arrayBuffer()));
      return new Response(null, { status: 200 });
    }
    if (request.method === 'GET') {
      const object = objects.get(key);
      return object
        ? new Response(object as Uint8Array<ArrayBuffer>, { status: 200 })
        : new Response('NoSuchKey', { status: 404 });
    }
    const existed = objects.delete(key);
    return new Response(null, { status: existed ? 204 : 404 });
  };
  return { objects, requests, send };
}

describe('the S3-compatible file store', () => {
  it('puts the sealed bytes under <endpoint>/<bucket>/<prefix><id>, signed with SigV4, and reads them back', async () => {
    const s3 = bucket();
    const store = createS3FileStore(settings, createFileCipher(keys), s3.send);
    const bytes = new TextEncoder().encode('%PDF-1.7 справка');
    const placed = await store.write(FILE_ID, bytes);
    expect(placed).toEqual({ storageKey: `uploads/${FILE_ID}`, content: null });
    const put = s3.requests[0]!;
    expect(put.method).toBe('PUT');
    expect(put.url).toBe(`https://storage.example.ru/talon-files/uploads/${FILE_ID}`);
    expect(put.headers.get('authorization')).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/ru-central1\/s3\/aws4_request, SignedHeaders=[a-z0-9;-]+, Signature=[0-9a-f]{64}$/,
    );
    // What left the process is ciphertext, not the file; its hash is signed.
    const stored = s3.objects.get(`/talon-files/uploads/${FILE_ID}`)!;
    expect(put.headers.get('x-amz-content-sha256')).toBe(createHash('sha256').update(stored).digest('hex'));
    expect(put.headers.get('authorization')).toMatch(/SignedHeaders=[a-z0-9;-]*x-amz-content-sha256/);
    expect(Buffer.from(stored).includes(Buffer.from('%PDF'))).toBe(false);
    const read = await store.read({
      id: FILE_ID,
      storage: 's3',
      storageKey: placed.storageKey,
      content: null,
    });
    expect(new TextDecoder().decode(read)).toBe('%PDF-1.7 справка');
  });

  it('deletes the object (a missing one is fine) and reports a refusal of the store', async () => {
    const s3 = bucket();
    const store = createS3FileStore(settings, createFileCipher(keys), s3.send);
    await store.write(FILE_ID, new Uint8Array([1, 2, 3]));
    await store.remove({ id: FILE_ID, storage: 's3', storageKey: `uploads/${FILE_ID}` });
    expect(s3.objects.size).toBe(0);
    await store.remove({ id: FILE_ID, storage: 's3', storageKey: `uploads/${FILE_ID}` });
    await expect(
      store.read({ id: FILE_ID, storage: 's3', storageKey: `uploads/${FILE_ID}`, content: null }),
    ).rejects.toThrow(/S3 GET .* 404/);
  });
});

describe('the file cipher', () => {
  it('binds the sealed bytes to their file: another file id does not open them', () => {
    const cipher = createFileCipher(keys);
    const sealed = cipher.seal(FILE_ID, new Uint8Array([1, 2, 3]));
    expect([...cipher.open(FILE_ID, sealed)]).toEqual([1, 2, 3]);
    expect(() => cipher.open('00000000-0000-4000-8000-000000000000', sealed)).toThrow();
  });

  it('opens bytes sealed under an older key of the keyring', () => {
    const old = createFileCipher(keys).seal(FILE_ID, new Uint8Array([9]));
    const rotated = createFileCipher({
      encryptionKeys: new Map([...keys.encryptionKeys, ['k2', Buffer.alloc(32, 9)]]),
      currentKeyId: 'k2',
    });
    expect([...rotated.open(FILE_ID, old)]).toEqual([9]);
  });
});
