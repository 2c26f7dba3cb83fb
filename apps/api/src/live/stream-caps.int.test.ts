import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPatients, type TestPatient } from '../testing/booking-helpers';
import { createTestApp, type TestApp } from '../testing/test-app';

// Issue 15, item 11: live-event streams are capped per address and per account and close when the
// session ends.
let t: TestApp;
let baseUrl: string;
let patients: TestPatient[];

beforeAll(async () => {
  t = await createTestApp({
    env: { SSE_MAX_PER_ADDRESS: '2', SSE_MAX_PER_ACCOUNT: '2', SSE_HEARTBEAT_SECONDS: '1' },
  });
  patients = await createPatients(t, 3);
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  baseUrl = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
});
afterAll(() => t?.close());

/** Opens an event stream over a real socket; resolves once the answer's head has arrived. */
async function open(path: string, headers: Record<string, string> = {}) {
  const response = await new Promise<http.IncomingMessage>((resolve, reject) => {
    const request = http.get(`${baseUrl}${path}`, { headers: { ...headers, accept: 'text/event-stream' } });
    request.on('response', resolve);
    request.on('error', reject);
  });
  response.setEncoding('utf8');
  let body = '';
  const ended = new Promise<void>((resolve) => {
    response.on('data', (chunk: string) => {
      body += chunk;
    });
    response.on('end', resolve);
    response.on('close', resolve);
    response.on('error', () => resolve());
  });
  return {
    status: response.statusCode,
    headers: response.headers,
    body: () => body,
    ended,
    close: () => response.destroy(),
  };
}

describe('caps on open streams', () => {
  it('refuses a third slot stream from one address with 429 problem+json', async () => {
    const first = await open('/api/v1/slots/events?region=77');
    const second = await open('/api/v1/slots/events?region=50');
    const third = await open('/api/v1/slots/events?region=54');
    try {
      expect([first.status, second.status, third.status]).toEqual([200, 200, 429]);
      expect(third.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(third.headers['retry-after']).toBe('60');
      await third.ended;
      expect(JSON.parse(third.body())).toMatchObject({
        code: 'TOO_MANY_STREAMS',
        detail: expect.stringMatching(/вкладки/),
      });
    } finally {
      first.close();
      second.close();
    }
    // Once one closes, another may open.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const again = await open('/api/v1/slots/events?region=77');
    expect(again.status).toBe(200);
    again.close();
  });

  it('refuses a third notification stream of one account', async () => {
    const [patient] = patients;
    const bells = [await open('/api/v1/me/notifications/events', patient!.session.headers)];
    bells.push(await open('/api/v1/me/notifications/events', patient!.session.headers));
    const third = await open('/api/v1/me/notifications/events', patient!.session.headers);
    try {
      expect(bells.map((b) => b.status)).toEqual([200, 200]);
      expect(third.status).toBe(429);
    } finally {
      for (const bell of bells) bell.close();
    }
  });
});

describe('a stream lives as long as its session', () => {
  it('closes the notification stream once the session is logged out', async () => {
    const patient = patients[1]!;
    const bell = await open('/api/v1/me/notifications/events', patient.session.headers);
    expect(bell.status).toBe(200);
    const out = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: patient.session.headers,
    });
    expect(out.statusCode).toBe(204);
    // The next heartbeat (1 s here) finds the session gone and ends the stream.
    const outcome = await Promise.race([
      bell.ended.then(() => 'ended'),
      new Promise((resolve) => setTimeout(() => resolve('still open'), 5_000)),
    ]);
    expect(outcome).toBe('ended');
  });

  it('keeps the stream of a live session open across heartbeats', async () => {
    const patient = patients[2]!;
    const bell = await open('/api/v1/me/notifications/events', patient.session.headers);
    try {
      await new Promise((resolve) => setTimeout(resolve, 2_500));
      const outcome = await Promise.race([bell.ended.then(() => 'ended'), Promise.resolve('open')]);
      expect(outcome).toBe('open');
      expect(bell.body()).toContain(': heartbeat');
    } finally {
      bell.close();
    }
  });
});
