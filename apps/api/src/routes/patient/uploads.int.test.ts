import { createHash, randomUUID } from 'node:crypto';
import { createStoredFilesRepository } from '@talon/db';
import { ageStoredFiles, storedFileIds, storedFileRow } from '@talon/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerPatient } from '../../testing/identity-helpers';
import { createStaffSession } from '../../testing/staff-helpers';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { JPEG, PNG, uploadFile } from '../../testing/upload-helpers';

let t: TestApp;
let owner: Awaited<ReturnType<typeof registerPatient>>;

const pdfOf = (size: number) => Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(size - 9, 0x20)]);

const upload = (headers: Record<string, string>, filename: string, bytes: Buffer, options = {}) =>
  uploadFile(t, headers, filename, bytes, options);

beforeAll(async () => {
  t = await createTestApp({ worker: true });
  owner = await registerPatient(t);
});
afterAll(() => t?.close());

describe('POST /api/v1/uploads (docs/domain.md rule 23)', () => {
  it('takes a JPEG renamed .pdf as the JPEG it is, and a PNG and a PDF', async () => {
    const res = await upload(owner.session.headers, 'справка.pdf', JPEG);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toEqual({
      id: expect.any(String),
      contentType: 'image/jpeg',
      size: JPEG.length,
      sha256: createHash('sha256').update(JPEG).digest('hex'),
    });
    expect((await upload(owner.session.headers, 'scan', PNG)).json().contentType).toBe('image/png');
    expect((await upload(owner.session.headers, 'a.jpg', pdfOf(1000))).json().contentType).toBe(
      'application/pdf',
    );
  });

  it('refuses a text file renamed .pdf: 415 UNSUPPORTED_FILE_TYPE, in Russian', async () => {
    const res = await upload(owner.session.headers, 'анализы.pdf', Buffer.from('Это просто текст, а не PDF'));
    expect(res.statusCode).toBe(415);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({
      code: 'UNSUPPORTED_FILE_TYPE',
      detail: expect.stringMatching(/PDF, JPEG или PNG/),
    });
  });

  it('takes exactly 5 MB and refuses 5 MB and a byte, and 6 MB: 413 FILE_TOO_LARGE', async () => {
    const limit = 5 * 1024 * 1024;
    expect((await upload(owner.session.headers, 'big.pdf', pdfOf(limit))).statusCode).toBe(201);
    for (const size of [limit + 1, 6 * 1024 * 1024]) {
      const res = await upload(owner.session.headers, 'big.pdf', pdfOf(size));
      expect(res.statusCode, res.body).toBe(413);
      expect(res.json()).toMatchObject({
        code: 'FILE_TOO_LARGE',
        detail: expect.stringMatching(/больше 5 МБ/),
      });
    }
  });

  it('asks for multipart with the field `file`', async () => {
    const json = await t.app.inject({
      method: 'POST',
      url: '/api/v1/uploads',
      headers: owner.session.headers,
      payload: { file: 'x' },
    });
    expect(json.statusCode).toBe(415);
    expect(json.json().code).toBe('MULTIPART_REQUIRED');
    const wrongField = await upload(owner.session.headers, 'a.pdf', pdfOf(100), { field: 'document' });
    expect(wrongField.statusCode).toBe(400);
    expect(wrongField.json().code).toBe('FILE_REQUIRED');
    const anonymous = await upload({}, 'a.pdf', pdfOf(100));
    expect(anonymous.statusCode).toBe(401);
  });
});

describe('GET /api/v1/uploads/{id}', () => {
  it('gives the file back to its owner only; it is stored sealed', async () => {
    const id = (await upload(owner.session.headers, 'справка.pdf', JPEG)).json().id as string;
    const own = await t.app.inject({ url: `/api/v1/uploads/${id}`, headers: owner.session.headers });
    expect(own.statusCode).toBe(200);
    expect(own.headers['content-type']).toBe('image/jpeg');
    expect(own.rawPayload.equals(JPEG)).toBe(true);
    const other = await registerPatient(t);
    const registrar = await createStaffSession(t, 'registrar');
    for (const headers of [other.session.headers, registrar.headers]) {
      const refused = await t.app.inject({ url: `/api/v1/uploads/${id}`, headers });
      expect(refused.statusCode).toBe(404);
      expect(refused.json().code).toBe('UPLOAD_NOT_FOUND');
    }
    const row = await storedFileRow(t.database.db, id);
    expect(row).toMatchObject({ storage: 'db', ownerAccountId: owner.me.id, attachedToId: null });
    expect(Buffer.from(row!.content!).includes(Buffer.from('JFIF'))).toBe(false);
  });
});

describe('the uploads.purge job', () => {
  it('deletes uploads left unattached for 24 hours and keeps attached and recent ones', async () => {
    const ids = await Promise.all(
      ['old.pdf', 'attached.pdf', 'fresh.pdf'].map(
        async (name) => (await upload(owner.session.headers, name, pdfOf(200))).json().id as string,
      ),
    );
    const [old, attached, fresh] = ids as [string, string, string];
    await ageStoredFiles(t.database.db, [old, attached], 25);
    expect(
      await createStoredFilesRepository(t.database.db).attach({
        id: attached,
        ownerAccountId: owner.me.id,
        type: 'data_change_request',
        attachedToId: randomUUID(),
        at: new Date(),
      }),
    ).toBe(true);
    expect(await t.worker!.purgeUploads()).toBeGreaterThanOrEqual(1);
    const left = await storedFileIds(t.database.db);
    expect(left).not.toContain(old);
    expect(left).toEqual(expect.arrayContaining([attached, fresh]));
  });
});
