import { randomUUID } from 'node:crypto';
import type { TestApp } from './test-app';

/** A small JPEG by its signature, as a phone's camera gives a scan. */
export const JPEG = Buffer.concat([
  Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]),
  Buffer.from('JFIF…фото справки'),
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
