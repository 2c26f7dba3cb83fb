import { createECDH, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import webpush from 'web-push';
import { PermanentDeliveryError } from './channel';
import { createWebPushChannel } from './web-push';

/** A loopback push service: `/ok/…` accepts (201), `/gone/…` is a dropped subscription (410), others 503. */
let server: Server;
let base: string;
const hits: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      hits.push(request.url ?? '');
      const path = request.url ?? '';
      if (path.startsWith('/redirect/')) {
        // A push service (or whoever took over its name) sending the worker elsewhere.
        response.writeHead(307, { location: `/ok${path.slice('/redirect'.length)}` });
        response.end();
        return;
      }
      response.statusCode = path.startsWith('/ok/') ? 201 : path.startsWith('/gone/') ? 410 : 503;
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const keys = () => {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  return { p256dh: ecdh.getPublicKey('base64url'), auth: randomBytes(16).toString('base64url') };
};

/** The channel with one subscription per path of the loopback service (or per full URL given). */
function channelFor(paths: string[], options: { allowPrivate?: boolean } = {}) {
  const deleted: string[] = [];
  const targets = paths.map((path, i) => ({
    id: `s${i}`,
    endpoint: path.includes('://') ? path : `${base}${path}`,
    keys: keys(),
  }));
  const channel = createWebPushChannel({
    subscriptions: {
      listByAccount: async () => targets,
      deleteGone: async (id: string) => void deleted.push(id),
      touch: async () => undefined,
    } as never,
    vapid: { ...webpush.generateVAPIDKeys(), subject: 'mailto:admin@example.ru' },
    timeoutMs: 5_000,
    // The loopback service stands in for a push service: private addresses allowed unless a test says not.
    allowPrivateEndpoints: options.allowPrivate ?? true,
  });
  return { channel, deleted };
}

const push = (outboxId: string) => ({
  channel: 'push' as const,
  title: 'Скоро приём',
  body: '01.12.2026 в 10:00',
  url: '/appointments',
  to: 'account-1',
  outboxId,
});

describe('the Web Push channel', () => {
  it('throws a retryable error when no browser took the message', async () => {
    const { channel, deleted } = channelFor(['/down/1', '/down/2']);
    const send = channel.send(push('00000000-0000-4000-8000-000000000001'));
    await expect(send).rejects.toThrow('push failed: HTTP 503, HTTP 503');
    await expect(send).rejects.not.toBeInstanceOf(PermanentDeliveryError);
    expect(deleted).toEqual([]);
  });

  it('counts a message as sent once one browser took it, so the others are not pushed again', async () => {
    const { channel, deleted } = channelFor(['/ok/1', '/down/2', '/gone/3']);
    const result = await channel.send(push('00000000-0000-4000-8000-000000000002'));
    expect(result).toEqual({ providerMessageId: 'push:1/3 gone 1' });
    expect(deleted).toEqual(['s2']);
  });

  it('is done without a request when the account has no subscription, or only gone ones', async () => {
    const before = hits.length;
    expect(await channelFor([]).channel.send(push('00000000-0000-4000-8000-000000000003'))).toEqual({
      providerMessageId: 'push:no-subscription',
    });
    expect(hits.length).toBe(before);
    const gone = channelFor(['/gone/1']);
    expect(await gone.channel.send(push('00000000-0000-4000-8000-000000000004'))).toEqual({
      providerMessageId: 'push:0/1 gone 1',
    });
    expect(gone.deleted).toEqual(['s0']);
  });

  it('never follows a redirect (issue 15, item 11)', async () => {
    const { channel } = channelFor(['/redirect/1']);
    const before = hits.length;
    await expect(channel.send(push('00000000-0000-4000-8000-000000000005'))).rejects.toThrow('HTTP 307');
    expect(hits.slice(before)).toEqual(['/redirect/1']);
  });

  it('posts to public addresses only, checked after DNS resolution, and drops a subscription that is not', async () => {
    const before = hits.length;
    // A name that resolves to loopback, an address in the URL, and an http endpoint: none is contacted.
    const port = new URL(base).port;
    const { channel, deleted } = channelFor(
      [`https://localhost:${port}/ok/1`, `https://127.0.0.1:${port}/ok/2`, `http://push.example.ru/ok/3`],
      { allowPrivate: false },
    );
    expect(await channel.send(push('00000000-0000-4000-8000-000000000006'))).toEqual({
      providerMessageId: 'push:0/3 gone 3',
    });
    expect(deleted).toEqual(['s0', 's1', 's2']);
    expect(hits.length).toBe(before);
  });

  it('refuses a message of another channel for good', async () => {
    await expect(
      channelFor([]).channel.send({ channel: 'sms', text: 'x', to: '+7', outboxId: 'x' }),
    ).rejects.toBeInstanceOf(PermanentDeliveryError);
  });
});
