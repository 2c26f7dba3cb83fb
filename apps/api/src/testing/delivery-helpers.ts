import { createECDH, randomBytes, randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '@talon/config';
import type { OutgoingMessage } from '@talon/core/messaging';
import { createFieldCipher, createOutboxRepository, type DatabaseHandle } from '@talon/db';

const cipher = createFieldCipher(loadConfig({ NODE_ENV: 'test' }).secrets);

/** Writes a message to the outbox as a use case would; returns its id. */
export async function enqueueMessage(
  database: DatabaseHandle,
  message: Partial<OutgoingMessage> & Pick<OutgoingMessage, 'channel' | 'recipient'>,
): Promise<string> {
  const { id } = await createOutboxRepository(database.db, cipher).enqueue({
    event: 'test.event',
    template: 'password_changed',
    payload: {},
    dedupeKey: `test:${randomUUID()}`,
    ...message,
  });
  return id;
}

/** Browser-like subscription keys: a P-256 public key and a 16-byte auth secret, base64url. */
export function browserKeys() {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  return {
    p256dh: ecdh.getPublicKey().toString('base64url'),
    auth: randomBytes(16).toString('base64url'),
  };
}

export interface RecordedPush {
  path: string;
  headers: http.IncomingHttpHeaders;
  bodyLength: number;
}

/**
 * A push service on loopback: records each request and answers 201, or 410 for endpoints under `/gone/`
 * (a browser that dropped its subscription).
 */
export async function startPushService() {
  const received: RecordedPush[] = [];
  const server = http.createServer((request, response) => {
    let length = 0;
    request.on('data', (chunk: Buffer) => {
      length += chunk.length;
    });
    request.on('end', () => {
      received.push({ path: request.url ?? '', headers: request.headers, bodyLength: length });
      response.statusCode = request.url?.startsWith('/gone/') ? 410 : 201;
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    received,
    endpoint: (path: string) => `${base}${path}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Polls `read` until `isDone` holds (at most `timeoutMs`). */
export async function waitFor<T>(read: () => Promise<T>, isDone: (value: T) => boolean, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!isDone(value)) {
    if (Date.now() > deadline)
      throw new Error(`condition not met in ${timeoutMs} ms: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = await read();
  }
  return value;
}
