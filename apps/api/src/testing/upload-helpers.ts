import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { TestApp } from './test-app';

/** A small JPEG by its signature, as a phone's camera gives a scan. */
export const JPEG = Buffer.concat([
  Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]),
  Buffer.from('JFIF…фото справки'),
]);

/** A small PNG by its signature, as a scanner gives an application's scan. */
export const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(64, 1),
]);

/** A multipart/form-data body with one file part, as a browser's form sends it. */
export function multipart(filename: string, bytes: Buffer, options: { field?: string; type?: string } = {}) {
  const boundary = `----talon${randomUUID()}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${options.field ?? 'file'}"; filename="${filename}"\r\n` +
      `Content-Type: ${options.type ?? 'application/pdf'}\r\n\r\n`,
  );
  return {
    payload: Buffer.concat([head, bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** `POST /api/v1/uploads` with one file. */
export function uploadFile(
  t: TestApp,
  headers: Record<string, string>,
  filename: string,
  bytes: Buffer,
  options: { field?: string; type?: string } = {},
) {
  const body = multipart(filename, bytes, options);
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/uploads',
    headers: { ...headers, ...body.headers },
    payload: body.payload,
  });
}

/**
 * A scan attached to a patient's request is read by the registry of the clinic concerned (200) and by another
 * clinic's registry not (404, the same answer as no such file).
 */
export async function expectScanReadOnlyBy(
  t: TestApp,
  uploadId: string,
  reader: { headers: Record<string, string> },
  outsider: { headers: Record<string, string> },
) {
  const read = await t.app.inject({ url: `/api/v1/uploads/${uploadId}`, headers: reader.headers });
  expect(read.statusCode, read.body).toBe(200);
  const refused = await t.app.inject({ url: `/api/v1/uploads/${uploadId}`, headers: outsider.headers });
  expect(refused.statusCode).toBe(404);
}
