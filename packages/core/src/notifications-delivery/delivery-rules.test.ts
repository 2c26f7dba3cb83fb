import { describe, expect, it } from 'vitest';
import { isAllowedPushEndpoint, isPublicAddress, maskRecipient, smsRuDeliveryStatus } from './delivery-rules';
import { subscribeToPush } from './push-subscriptions';

describe('delivery rules', () => {
  it('reads final SMS.ru statuses and ignores intermediate ones', () => {
    expect(smsRuDeliveryStatus('103')).toBe('delivered');
    expect(smsRuDeliveryStatus('105')).toBe('failed');
    expect(smsRuDeliveryStatus('102')).toBeNull();
    expect(smsRuDeliveryStatus('x')).toBeNull();
  });

  it('masks recipients for the admin page', () => {
    expect(maskRecipient('sms', '+79161234567')).toBe('+7916*****67');
    expect(maskRecipient('email', 'ivanova@mail.ru')).toBe('i***@mail.ru');
    expect(maskRecipient('in_app', '0d9f1e2a-1111-2222-3333-444455556666')).toBe('0d9f1e2a…');
  });

  it('admits only https push endpoints on public hosts', () => {
    expect(isAllowedPushEndpoint('https://fcm.googleapis.com/fcm/send/abc', false)).toBe(true);
    expect(isAllowedPushEndpoint('http://fcm.googleapis.com/fcm/send/abc', false)).toBe(false);
    expect(isAllowedPushEndpoint('https://127.0.0.1/x', false)).toBe(false);
    expect(isAllowedPushEndpoint('https://169.254.169.254/latest', false)).toBe(false);
    expect(isAllowedPushEndpoint('https://[::1]/x', false)).toBe(false);
    expect(isAllowedPushEndpoint('https://user:pw@push.example/x', false)).toBe(false);
    // A trailing dot names the same host; a single label is a neighbour container's or intranet host.
    expect(isAllowedPushEndpoint('https://localhost./x', false)).toBe(false);
    expect(isAllowedPushEndpoint('https://metadata.google.internal./x', false)).toBe(false);
    expect(isAllowedPushEndpoint('https://postgres:5432/x', false)).toBe(false);
    expect(isAllowedPushEndpoint('https://updates.push.services.mozilla.com./wpush/v2/x', false)).toBe(true);
    expect(isAllowedPushEndpoint('not a url', true)).toBe(false);
    expect(isAllowedPushEndpoint('http://127.0.0.1:9/x', true)).toBe(true);
  });
});

describe('push endpoints after DNS resolution (issue 15, item 11)', () => {
  it('tells public addresses from private, loopback, reserved and mapped ones', () => {
    for (const ip of ['87.250.250.242', '142.250.74.46', '2a00:1450:4010:c0e::5f'])
      expect(isPublicAddress(ip)).toBe(true);
    for (const ip of [
      '127.0.0.1',
      '10.1.2.3',
      '172.20.0.5',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '::1',
      '::',
      'fd12:3456::1',
      'fe80::1',
      '::ffff:127.0.0.1',
      '::ffff:10.0.0.1',
      'not-an-address',
    ]) {
      expect(isPublicAddress(ip), ip).toBe(false);
    }
  });

  it('refuses a public-looking host that resolves to the internal network, and one that does not resolve', async () => {
    const stored: string[] = [];
    const deps = (addresses: string[]) => ({
      subscriptions: {
        upsert: async (_account: string, input: { endpoint: string }) => {
          stored.push(input.endpoint);
          return {
            id: 's1',
            accountId: 'a1',
            endpoint: input.endpoint,
            keys: { p256dh: 'k', auth: 'a' },
            label: null,
            createdAt: new Date(),
          };
        },
        keepNewest: async () => undefined,
      } as never,
      clock: { now: () => new Date() },
      allowInsecureEndpoints: false,
      resolveHost: async () => addresses,
    });
    const principal = { accountId: 'a1' } as never;
    const subscription = { endpoint: 'https://push.example.ru/x', keys: { p256dh: 'k', auth: 'a' } };
    for (const addresses of [['10.0.0.7'], ['87.250.250.242', '127.0.0.1'], []]) {
      await expect(subscribeToPush(deps(addresses), principal, subscription)).rejects.toMatchObject({
        code: 'PUSH_ENDPOINT_INVALID',
      });
    }
    expect(stored).toEqual([]);
    await subscribeToPush(deps(['87.250.250.242']), principal, subscription);
    expect(stored).toEqual(['https://push.example.ru/x']);
  });
});
