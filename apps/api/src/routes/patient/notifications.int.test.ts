import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '@talon/config';
import { createFieldCipher, createOutboxRepository } from '@talon/db';
import { setOutboxState } from '@talon/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPatients, type TestPatient } from '../../testing/booking-helpers';
import { browserKeys, enqueueMessage, startPushService, waitFor } from '../../testing/delivery-helpers';
import { createTestApp, type TestApp } from '../../testing/test-app';

const outboxStatus = (t: TestApp, id: string) =>
  createOutboxRepository(
    t.database.db,
    createFieldCipher(loadConfig({ NODE_ENV: 'test' }).secrets),
  ).getStatus(id);

let t: TestApp;
let patient: TestPatient;
let other: TestPatient;
let baseUrl: string;

beforeAll(async () => {
  t = await createTestApp({ worker: true });
  const people = await createPatients(t, 2);
  patient = people[0]!;
  other = people[1]!;
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  baseUrl = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
});
afterAll(() => t?.close());

const get = (url: string, who: TestPatient = patient) => t.app.inject({ url, headers: who.session.headers });
const post = (url: string, who: TestPatient = patient) =>
  t.app.inject({ method: 'POST', url, headers: who.session.headers });

/** Opens the account's notification stream and collects `event: notification` ids. */
async function openBell(who: TestPatient) {
  const ids: string[] = [];
  const response = await new Promise<http.IncomingMessage>((resolve, reject) => {
    const request = http.get(`${baseUrl}/api/v1/me/notifications/events`, {
      headers: { ...who.session.headers, accept: 'text/event-stream' },
    });
    request.on('response', resolve);
    request.on('error', reject);
  });
  response.setEncoding('utf8');
  response.on('data', (chunk: string) => {
    for (const match of chunk.matchAll(/event: notification\ndata: (.+)\n/g))
      ids.push(JSON.parse(match[1]!).id);
  });
  response.on('error', () => {});
  await new Promise((resolve) => response.once('data', resolve));
  return { ids, status: response.statusCode, close: () => response.destroy() };
}

describe('in-app notifications', () => {
  it('delivers an in-app message to the list and live to the open bell, once', async () => {
    const bell = await openBell(patient);
    const otherBell = await openBell(other);
    expect(bell.status).toBe(200);
    const outboxId = await enqueueMessage(t.database, {
      channel: 'in_app',
      recipient: patient.accountId,
      accountId: patient.accountId,
      template: 'booking_confirmed',
      event: 'booking.confirmed',
      payload: { appointmentCode: 'А-123', at: '01.12.2026 в 10:15 (МСК)', clinic: 'Поликлиника № 1' },
    });
    await t.worker!.kick([outboxId]);
    await waitFor(
      async () => bell.ids.length,
      (n) => n === 1,
    );

    const list = await get('/api/v1/me/notifications');
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json()).toMatchObject({
      unread: 1,
      nextCursor: null,
      items: [{ id: bell.ids[0], title: 'Вы записаны к врачу', url: '/appointments', readAt: null }],
    });
    expect(list.json().items[0].body).toContain('А-123');
    expect(otherBell.ids).toEqual([]);
    expect((await get('/api/v1/me/notifications', other)).json().items).toEqual([]);
    expect((await outboxStatus(t, outboxId))?.status).toBe('sent');

    // Sent again, as after a worker that died before recording the send: still one notification, one event.
    await setOutboxState(t.database.db, outboxId, { status: 'pending', attempts: 1, lastError: null });
    await t.worker!.kick([outboxId]);
    await waitFor(
      () => outboxStatus(t, outboxId),
      (s) => s?.status === 'sent' && s.attempts === 2,
    );
    expect((await get('/api/v1/me/notifications')).json().items).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(bell.ids).toHaveLength(1);
    bell.close();
    otherBell.close();
  });

  it('counts unread, marks one and all read, and hides other accounts’ notifications', async () => {
    const ids = [];
    for (let i = 0; i < 3; i++) {
      ids.push(await enqueueMessage(t.database, { channel: 'in_app', recipient: patient.accountId }));
    }
    await t.worker!.kick(ids);
    const unread = await waitFor(
      async () => (await get('/api/v1/me/notifications/unread-count')).json().unread as number,
      (n) => n === 4,
    );
    expect(unread).toBe(4);

    const page = (await get('/api/v1/me/notifications?limit=2')).json();
    expect(page.items).toHaveLength(2);
    expect(page.nextCursor).toEqual(expect.any(String));
    const rest = (await get(`/api/v1/me/notifications?limit=2&cursor=${page.nextCursor}`)).json();
    expect(rest.items).toHaveLength(2);
    expect(new Set([...page.items, ...rest.items].map((n: { id: string }) => n.id)).size).toBe(4);
    // A damaged cursor is refused with its field, never silently read as the first page.
    for (const broken of ['garbage', page.nextCursor.slice(0, -4), '%%%']) {
      const refused = await get(`/api/v1/me/notifications?cursor=${encodeURIComponent(broken)}`);
      expect(refused.statusCode).toBe(400);
      expect(refused.json().errors[0].field).toBe('query.cursor');
    }

    const first = page.items[0].id as string;
    expect((await post(`/api/v1/me/notifications/${first}/read`, other)).statusCode).toBe(404);
    expect((await post(`/api/v1/me/notifications/${first}/read`)).statusCode).toBe(204);
    expect((await get('/api/v1/me/notifications/unread-count')).json()).toEqual({ unread: 3 });
    expect((await post('/api/v1/me/notifications/read-all')).json()).toEqual({ marked: 3 });
    expect((await get('/api/v1/me/notifications/unread-count')).json()).toEqual({ unread: 0 });
  });

  it('refuses a stream request that does not accept text/event-stream', async () => {
    expect((await get('/api/v1/me/notifications/events')).statusCode).toBe(406);
  });
});

describe('Web Push', () => {
  it('keeps at most 10 subscriptions per account, dropping the least recently used (issue 15, item 11)', async () => {
    const subscribe = (n: number) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/me/push-subscriptions',
        headers: other.session.headers,
        payload: { endpoint: `https://push.example.ru/browser/${n}`, keys: browserKeys() },
      });
    for (let n = 1; n <= 12; n++) expect((await subscribe(n)).statusCode).toBe(201);
    const kept = (await get('/api/v1/me/push-subscriptions', other)).json().items as { endpoint: string }[];
    expect(kept).toHaveLength(10);
    expect(kept.map((s) => s.endpoint)).not.toContain('https://push.example.ru/browser/1');
    expect(kept.map((s) => s.endpoint)).toContain('https://push.example.ru/browser/12');
  });

  it('serves a VAPID public key that stays the same', async () => {
    const first = await t.app.inject('/api/v1/push/vapid-public-key');
    expect(first.statusCode).toBe(200);
    expect(Buffer.from(first.json().publicKey, 'base64url')).toHaveLength(65);
    expect((await t.app.inject('/api/v1/push/vapid-public-key')).json()).toEqual(first.json());
  });

  it('pushes to every subscribed browser with VAPID auth and deletes a gone subscription', async () => {
    const service = await startPushService();
    try {
      const live = await t.app.inject({
        method: 'POST',
        url: '/api/v1/me/push-subscriptions',
        headers: patient.session.headers,
        payload: { endpoint: service.endpoint('/live/1'), keys: browserKeys(), label: 'Chrome, Android' },
      });
      expect(live.statusCode, live.body).toBe(201);
      expect(live.json()).not.toHaveProperty('keys');
      const control = await t.app.inject({
        method: 'POST',
        url: '/api/v1/me/push-subscriptions',
        headers: patient.session.headers,
        payload: { endpoint: service.endpoint('/bad/1'), keys: browserKeys(), label: 'Chrome\u0000' },
      });
      expect(control.statusCode, control.body).toBe(400);
      expect(control.json().errors[0].field).toBe('body.label');
      const gone = await t.app.inject({
        method: 'POST',
        url: '/api/v1/me/push-subscriptions',
        headers: patient.session.headers,
        payload: { endpoint: service.endpoint('/gone/2'), keys: browserKeys() },
      });
      expect(gone.statusCode).toBe(201);
      expect((await get('/api/v1/me/push-subscriptions')).json().items).toHaveLength(2);

      const outboxId = await enqueueMessage(t.database, { channel: 'push', recipient: patient.accountId });
      await t.worker!.kick([outboxId]);
      await waitFor(
        async () => ({ n: service.received.length, outbox: await outboxStatus(t, outboxId) }),
        (state) => state.n === 2,
      );
      const status = await waitFor(
        () => outboxStatus(t, outboxId),
        (s) => s?.status === 'sent',
      );
      expect(status?.providerMessageId).toBe('push:1/2 gone 1');

      const { publicKey } = (await t.app.inject('/api/v1/push/vapid-public-key')).json();
      for (const request of service.received) {
        expect(request.headers.authorization).toMatch(
          new RegExp(`^vapid t=[\\w-]+\\.[\\w-]+\\.[\\w-]+, k=${publicKey}$`),
        );
        expect(request.headers['content-encoding']).toBe('aes128gcm');
        expect(request.headers.topic).toBe(outboxId.replaceAll('-', ''));
        expect(request.bodyLength).toBeGreaterThan(0);
      }
      const left = (await get('/api/v1/me/push-subscriptions')).json().items;
      expect(left.map((s: { endpoint: string }) => s.endpoint)).toEqual([service.endpoint('/live/1')]);

      const byEndpoint = await t.app.inject({
        method: 'DELETE',
        url: `/api/v1/me/push-subscriptions?endpoint=${encodeURIComponent(service.endpoint('/live/1'))}`,
        headers: patient.session.headers,
      });
      expect(byEndpoint.statusCode).toBe(204);
      const again = await t.app.inject({
        method: 'DELETE',
        url: `/api/v1/me/push-subscriptions/${left[0].id}`,
        headers: patient.session.headers,
      });
      expect(again.statusCode).toBe(404);
    } finally {
      await service.close();
    }
  });

  it('refuses a malformed subscription', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/push-subscriptions',
      headers: patient.session.headers,
      payload: { endpoint: 'ftp://x', keys: { p256dh: 'a', auth: 'b' } },
    });
    expect(res.statusCode).toBe(400);
  });
});
