import type { AddressInfo } from 'node:net';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import workInFlight from './work-in-flight.plugin';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A server whose `/slow` handler takes 300 ms, then an onSend hook (a stored answer) 100 ms more. */
async function server() {
  const app = Fastify();
  await app.register(workInFlight);
  const events: string[] = [];
  app.get('/slow', async () => {
    await sleep(300);
    events.push('handler done');
    return { ok: true };
  });
  app.get('/stream', (_request, reply) => {
    reply.hijack();
    reply.raw.end('event: x\ndata: {}\n\n');
  });
  app.get('/hook-fails', async () => ({ fails: true }));
  app.addHook('onSend', async (request, _reply, payload) => {
    // A hook that fails once: the error answer goes through the hooks again.
    if (request.url === '/hook-fails' && String(payload).includes('fails')) throw new Error('hook failed');
    if (request.url !== '/slow') return payload;
    await sleep(100);
    events.push('answer stored');
    return payload;
  });
  app.addHook('onSend', app.workInFlight.ended);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  return { app, events, url };
}

describe('work in flight (what a graceful stop waits for before it closes the database)', () => {
  it('keeps the work of a request whose client has gone in flight until its last onSend hook ran', async () => {
    const { app, events, url } = await server();
    const aborted = new AbortController();
    const request = fetch(`${url}/slow`, { signal: aborted.signal }).catch(() => null);
    await expect.poll(() => app.workInFlight.count).toBe(1);
    aborted.abort();
    await request;
    // The connection is gone, so the server closes at once; the handler still runs.
    await app.close();
    expect(app.workInFlight.count).toBe(1);
    await app.workInFlight.drained();
    expect(events).toEqual(['handler done', 'answer stored']);
    expect(app.workInFlight.count).toBe(0);
  });

  it('counts a stream until its handler returns, an answer until its hooks ran, also when one failed', async () => {
    const { app, url } = await server();
    expect(await (await fetch(`${url}/stream`)).text()).toContain('event: x');
    expect((await fetch(`${url}/slow`)).status).toBe(200);
    await expect.poll(() => app.workInFlight.count).toBe(0);
    // An answer whose onSend hook failed is still counted once, and ends.
    expect((await fetch(`${url}/hook-fails`)).status).toBe(500);
    await expect.poll(() => app.workInFlight.count).toBe(0);
    await app.workInFlight.drained();
    await app.close();
  });
});
