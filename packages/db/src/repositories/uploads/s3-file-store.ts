import { createHash } from 'node:crypto';
import type { Config } from '@talon/config';
import type { FileStore } from '@talon/core/uploads';
import { AwsClient } from 'aws4fetch';
import type { FileCipher } from '../../crypto/file-cipher';

/** Where an S3-compatible store is and how to sign for it (`UPLOADS_S3_*` in packages/config). */
/** The bucket's address (path-style URLs: `<endpoint>/<bucket>/<key>`), keys and the objects' key prefix. */
export type S3Settings = NonNullable<Config['uploads']['s3']>;

/** `fetch` as the store calls it; tests pass a recorder. */
export type Fetch = (request: Request) => Promise<Response>;

/**
 * An S3-compatible file store (AWS S3, Yandex Object Storage, MinIO…): each file is one object holding its
 * sealed bytes (encrypted in this process before they leave it), signed with AWS Signature V4 by `aws4fetch`.
 */
export function createS3FileStore(settings: S3Settings, cipher: FileCipher, send: Fetch = fetch): FileStore {
  const client = new AwsClient({
    accessKeyId: settings.accessKeyId,
    secretAccessKey: settings.secretAccessKey,
    service: 's3',
    region: settings.region,
  });
  const urlOf = (key: string) =>
    `${settings.endpoint.replace(/\/+$/, '')}/${encodeURIComponent(settings.bucket)}/${key
      .split('/')
      .map(encodeURIComponent)
      .join('/')}`;
  const call = async (method: 'PUT' | 'GET' | 'DELETE', key: string, body?: Uint8Array) => {
    const request = await client.sign(urlOf(key), {
      method,
      // The body's hash is signed too (rather than S3's UNSIGNED-PAYLOAD): the store refuses altered bytes.
      ...(body
        ? {
            body: new Uint8Array(body) as Uint8Array<ArrayBuffer>,
            headers: {
              'content-type': 'application/octet-stream',
              'x-amz-content-sha256': createHash('sha256').update(body).digest('hex'),
            },
          }
        : {}),
    });
    const response = await send(request);
    // Deleting what is gone already is done.
    if (!response.ok && !(method === 'DELETE' && response.status === 404)) {
      throw new Error(`S3 ${method} ${key} failed: ${response.status}`);
    }
    return response;
  };
  return {
    storage: 's3',
    async write(fileId, bytes) {
      const storageKey = `${settings.prefix}${fileId}`;
      await call('PUT', storageKey, cipher.seal(fileId, bytes));
      return { storageKey, content: null };
    },
    async read(file) {
      const response = await call('GET', file.storageKey);
      return cipher.open(file.id, new Uint8Array(await response.arrayBuffer()));
    },
    async remove(file) {
      await call('DELETE', file.storageKey);
    },
  };
}
