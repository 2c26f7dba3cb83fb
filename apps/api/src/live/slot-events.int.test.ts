import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '@talon/config';
import { type DatabaseHandle, muteSlotEventsInTransaction, openDatabase } from '@talon/db';
import {
  buildRegisteredPatient,
  buildSlots,
  currentDatabaseName,
  deleteSlot,
  setSlotHold,
  setSlotStatus,
  terminateSessions,
} from '@talon/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type App, buildApp } from '../app';
import { createTestApp, metricsHeaders, type TestApp } from '../testing/test-app';

const isPostgres = process.env.TEST_DB === 'postgres';

interface SseMessage {
  event: string;
  data: Record<string, unknown>;
}

/** A real EventSource-like client over HTTP: collects `event:`/`data:` messages as they arrive. */
async function openStream(baseUrl: string, query: string) {
  const messages: SseMessage[] = [];
  let raw = '';
  let received = '';
  let ended = false;
  const response = await new Promise<http.IncomingMessage>((resolve, reject) => {
    const request = http.get(`${baseUrl}/api/v1/slots/events?${query}`, {
      headers: { accept: 'text/event-stream' },
    });
    request.on('response', resolve);
    request.on('error', reject);
  });
  response.setEncoding('utf8');
  response.on('data', (chunk: string) => {
    raw += chunk;
    received += chunk;
    let end = raw.indexOf('\n\n');
    while (end >= 0) {
      const block = raw.slice(0, end);
      raw = raw.slice(end + 2);
      const event = /^event: (.+)$/m.exec(block)?.[1];
      const data = /^data: (.+)$/m.exec(block)?.[1];
      if (event && data) messages.push({ event, data: JSON.parse(data) });
      end = raw.indexOf('\n\n');
    }
  });
  response.on('end', () => {
    ended = true;
  });
  response.on('error', () => {});
  // The first bytes (`retry:` and a comment) are written once LISTEN is in place.
  await new Promise((resolve) => response.once('data', resolve));
  return {
    response,
    messages,
    isEnded: () => ended,
    /** Everything received so far, comments included. */
    received: () => received,
    close: () => response.destroy(),
    /**
     * Waits (at most a few seconds) for a message that satisfies `match`, received after `after` when given
     * (a late event of the slot's creation must not stand for a later change).
     */
    async next(
      match: (message: SseMessage) => boolean,
      { after, timeoutMs = 5_000 }: { after?: SseMessage; timeoutMs?: number } = {},
    ) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const found = messages.slice(after ? messages.indexOf(after) + 1 : 0).find(match);
        if (found) return found;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      throw new Error(`no matching event within ${timeoutMs} ms; got ${JSON.stringify(messages)}`);
    },
  };
}

async function listen(app: App): Promise<string> {
  await app.listen({ host: '127.0.0.1', port: 0 });
  return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}

const setStatus = (database: DatabaseHandle, slotId: string, status: 'free' | 'booked' | 'blocked') =>
  setSlotStatus(database.db, slotId, status);

describe('GET /api/v1/slots/events (live availability)', () => {
  let t: TestApp;
  let baseUrl: string;

  beforeAll(async () => {
    t = await createTestApp({ env: { SSE_MAX_CLIENTS: '3', SSE_HEARTBEAT_SECONDS: '1' } });
    baseUrl = await listen(t.app);
  });
  afterAll(() => t?.close());

  it('streams slots taken and freed to the pages that asked for them, and nothing else', async () => {
    const [slot] = await buildSlots(t.database.db, { organization: { regionCode: '50' } });
    const [elsewhere] = await buildSlots(t.database.db, { organization: { regionCode: '78' } });
    const stream = await openStream(baseUrl, `region=50&specialty=${slot!.specialtyCode}`);
    try {
      expect(stream.response.statusCode).toBe(200);
      expect(stream.response.headers['content-type']).toBe('text/event-stream; charset=utf-8');
      await setStatus(t.database, elsewhere!.id, 'booked');
      await setStatus(t.database, slot!.id, 'booked');
      const taken = await stream.next(
        (m) => m.event === 'slot' && m.data.slotId === slot!.id && m.data.available === false,
      );
      expect(taken.data).toEqual({
        slotId: slot!.id,
        organizationId: slot!.organizationId,
        specialtyCode: slot!.specialtyCode,
        practitionerId: slot!.practitionerId,
        regionCode: '50',
        startsAt: slot!.startsAt.toISOString().replace('.000Z', 'Z'),
        available: false,
        availableAt: null,
      });
      // Events are delivered in commit order, so the other region's change (committed first) was filtered.
      expect(stream.messages.some((m) => m.data.slotId === elsewhere!.id)).toBe(false);

      await setStatus(t.database, slot!.id, 'free');
      await stream.next((m) => m.data.slotId === slot!.id && m.data.available === true, { after: taken });
    } finally {
      stream.close();
    }
  });

  it('announces a hold and its release, and nothing when availability did not change', async () => {
    const [slot] = await buildSlots(t.database.db, { organization: { regionCode: '51' } });
    const stream = await openStream(baseUrl, `organization=${slot!.organizationId}`);
    try {
      const patient = await buildRegisteredPatient(t.database.db, loadConfig({ NODE_ENV: 'test' }).secrets, {
        surname: 'Холдова',
        name: 'Анна',
        birthDate: '1990-01-01',
      });
      const until = new Date(Date.now() + 5 * 60_000);
      await setSlotHold(t.database.db, slot!.id, { patientId: patient.id, until });
      const held = await stream.next((m) => m.data.slotId === slot!.id && m.data.available === false);
      // Changes that keep the slot unavailable (held → booked → booked without the hold) are not news.
      await setStatus(t.database, slot!.id, 'booked');
      await setSlotHold(t.database.db, slot!.id, null);
      await setStatus(t.database, slot!.id, 'free');
      await stream.next((m) => m.data.slotId === slot!.id && m.data.available === true, { after: held });
      // (The slot's own creation may or may not arrive first, depending on when the stream joined.)
      const changes = stream.messages.filter((m) => m.data.slotId === slot!.id).map((m) => m.data.available);
      expect(changes.slice(changes.indexOf(false))).toEqual([false, true]);
    } finally {
      stream.close();
    }
  });

  it('says when a hold ends, and announces a lapsed hold being cleared as free again', async () => {
    const [slot, lapsed] = await buildSlots(t.database.db, { count: 2, organization: { regionCode: '55' } });
    const patient = await buildRegisteredPatient(t.database.db, loadConfig({ NODE_ENV: 'test' }).secrets, {
      surname: 'Холдова',
      name: 'Вера',
      birthDate: '1991-01-01',
    });
    await setSlotHold(t.database.db, lapsed!.id, {
      patientId: patient.id,
      until: new Date(Date.now() - 60_000),
    });
    const stream = await openStream(baseUrl, `organization=${slot!.organizationId}`);
    try {
      const until = new Date(Date.now() + 5 * 60_000);
      await setSlotHold(t.database.db, slot!.id, { patientId: patient.id, until });
      const held = await stream.next((m) => m.data.slotId === slot!.id && m.data.available === false);
      expect(held.data.availableAt).toBe(until.toISOString());
      // The lapsed hold was already "free" by time; clearing it tells the pages that heard "taken".
      await setSlotHold(t.database.db, lapsed!.id, null);
      const freed = await stream.next((m) => m.data.slotId === lapsed!.id && m.data.available === true);
      expect(freed.data.availableAt).toBeNull();
    } finally {
      stream.close();
    }
  });

  it('announces new free slots and deleted ones', async () => {
    const [first] = await buildSlots(t.database.db, { organization: { regionCode: '52' } });
    const stream = await openStream(baseUrl, `practitioner=${first!.practitionerId}`);
    try {
      const [added] = await buildSlots(t.database.db, {
        practitionerRoleId: first!.practitionerRoleId,
        start: new Date(first!.startsAt.getTime() + 3_600_000),
      });
      await stream.next((m) => m.data.slotId === added!.id && m.data.available === true);
      await deleteSlot(t.database.db, added!.id);
      await stream.next((m) => m.data.slotId === added!.id && m.data.available === false);
    } finally {
      stream.close();
    }
  });

  it('sends heartbeat comments so that proxies keep an idle stream open', async () => {
    const stream = await openStream(baseUrl, 'region=54');
    try {
      expect((await t.app.inject({ url: '/metrics', headers: metricsHeaders })).body).toMatch(
        /^talon_live_streams 1$/m,
      );
      if (isPostgres) {
        expect((await t.app.inject({ url: '/metrics', headers: metricsHeaders })).body).toMatch(
          /^talon_db_pool_connections\{state="waiting"\} 0$/m,
        );
      }
      await expect.poll(() => stream.received(), { timeout: 5_000 }).toContain(': heartbeat\n\n');
      expect(stream.received().startsWith('retry: 5000\n')).toBe(true);
    } finally {
      stream.close();
    }
  });

  it('stays silent about changes of a transaction that muted slot events (bulk loads)', async () => {
    const [muted, heard] = await buildSlots(t.database.db, { count: 2, organization: { regionCode: '53' } });
    const stream = await openStream(baseUrl, 'region=53');
    try {
      await t.database.db.transaction(async (tx) => {
        await muteSlotEventsInTransaction(tx);
        await setSlotStatus(tx, muted!.id, 'booked');
      });
      await setStatus(t.database, heard!.id, 'booked');
      await stream.next((m) => m.data.slotId === heard!.id && m.data.available === false);
      // Commit order: the muted change, committed first, would have arrived before this one.
      expect(stream.messages.some((m) => m.data.slotId === muted!.id && m.data.available === false)).toBe(
        false,
      );
    } finally {
      stream.close();
    }
  });

  it('refuses a request without a filter (400) or without Accept: text/event-stream (406), in Russian', async () => {
    const noFilter = await t.app.inject({
      url: '/api/v1/slots/events',
      headers: { accept: 'text/event-stream' },
    });
    expect(noFilter.statusCode).toBe(400);
    expect(noFilter.json().detail).toMatch(/Укажите регион/);
    const badRegion = await t.app.inject({
      url: '/api/v1/slots/events?region=7',
      headers: { accept: 'text/event-stream' },
    });
    expect(badRegion.statusCode).toBe(400);
    const notSse = await t.app.inject('/api/v1/slots/events?region=77');
    expect(notSse.statusCode).toBe(406);
    expect(notSse.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(notSse.json()).toMatchObject({ code: 'NOT_ACCEPTABLE' });
  });

  it('serves at most SSE_MAX_CLIENTS streams per process, then 503 with Retry-After', async () => {
    const streams = [];
    for (let i = 0; i < 3; i++) streams.push(await openStream(baseUrl, 'region=77'));
    try {
      const refused = await t.app.inject({
        url: '/api/v1/slots/events?region=77',
        headers: { accept: 'text/event-stream' },
      });
      expect(refused.statusCode).toBe(503);
      expect(refused.headers['retry-after']).toBeDefined();
      expect(refused.json()).toMatchObject({ code: 'OVERLOADED' });
    } finally {
      for (const stream of streams) stream.close();
    }
    // Closed streams free their places.
    await expect
      .poll(async () => {
        const again = await openStream(baseUrl, 'region=77');
        again.close();
        return again.response.statusCode;
      })
      .toBe(200);
  });

  it('ends open streams when the server shuts down', async () => {
    const other = await createTestApp();
    const stream = await openStream(await listen(other.app), 'region=77');
    await other.close();
    await expect.poll(() => stream.isEnded()).toBe(true);
  });
});

describe.runIf(isPostgres)('live availability across server processes (PostgreSQL NOTIFY)', () => {
  let a: TestApp;
  let b: App;
  let handleB: DatabaseHandle;
  let urlA: string;
  let urlB: string;

  beforeAll(async () => {
    a = await createTestApp();
    // A second server process on the same database: its own pool, its own listener.
    const name = await currentDatabaseName(a.database.db);
    const url = new URL(inject('postgresUrl'));
    url.pathname = `/${name}`;
    handleB = await openDatabase({ kind: 'postgres', url: url.toString(), poolMax: 2 });
    b = await buildApp({
      config: loadConfig({ NODE_ENV: 'test', WEB_DIST_DIR: '/nonexistent', DATABASE_URL: url.toString() }),
      database: handleB,
      logger: false,
    });
    await b.ready();
    urlA = await listen(a.app);
    urlB = await listen(b);
  });
  afterAll(async () => {
    await b?.close();
    await handleB?.close();
    await a?.close();
  });

  it("a change written through one process reaches the other's SSE clients within a second or so", async () => {
    const [slot] = await buildSlots(a.database.db, { organization: { regionCode: '66' } });
    const streamA = await openStream(urlA, 'region=66');
    const streamB = await openStream(urlB, 'region=66');
    try {
      const started = Date.now();
      await setStatus(handleB, slot!.id, 'booked');
      await streamA.next((m) => m.data.slotId === slot!.id && m.data.available === false);
      await streamB.next((m) => m.data.slotId === slot!.id && m.data.available === false);
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      streamA.close();
      streamB.close();
    }
  });

  it('re-opens a lost listening connection and tells the pages to resync', async () => {
    const [slot] = await buildSlots(a.database.db, { organization: { regionCode: '67' } });
    const stream = await openStream(urlB, 'region=67');
    try {
      await terminateSessions(a.database.db, 'talon-listener');
      await stream.next((m) => m.event === 'resync', { timeoutMs: 10_000 });
      await setStatus(a.database, slot!.id, 'blocked');
      await stream.next((m) => m.data.slotId === slot!.id && m.data.available === false);
    } finally {
      stream.close();
    }
  });
});
