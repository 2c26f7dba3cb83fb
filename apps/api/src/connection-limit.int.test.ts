import type { AddressInfo } from 'node:net';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './testing/test-app';

/** A connection that is open once the server has accepted it (it answers a request on it). */
function openConnection(port: number): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.write('GET /health HTTP/1.1\r\nHost: x\r\n\r\n');
    });
    socket.once('data', () => resolve(socket));
    socket.once('error', reject);
    socket.once('close', () => reject(new Error('closed before an answer')));
  });
}

describe('the bound on client connections (HTTP_MAX_CONNECTIONS)', () => {
  let t: TestApp;
  let port: number;
  beforeAll(async () => {
    t = await createTestApp({ env: { HTTP_MAX_CONNECTIONS: '2' } });
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    port = (t.app.server.address() as AddressInfo).port;
  });
  afterAll(() => t?.close());

  it('closes connections past the bound as they arrive, and takes new ones once others end', async () => {
    const first = await openConnection(port);
    const second = await openConnection(port);
    await expect(openConnection(port)).rejects.toThrow();
    first.destroy();
    await expect.poll(async () => (await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200);
    second.destroy();
  });
});
