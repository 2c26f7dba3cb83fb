import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  newSubscriptionSecret,
  notificationSignatureHeaders,
  signNotification,
} from './subscription-signature';

describe('notification signature', () => {
  it('is sha256=<hex HMAC> of "<timestamp>.<body>" under the secret, as docs/fhir.md shows', () => {
    const expected = createHmac('sha256', 'secret').update('1796000000.{"a":1}').digest('hex');
    expect(signNotification('secret', 1_796_000_000, '{"a":1}')).toBe(`sha256=${expected}`);
  });

  it('changes with the secret, the timestamp and the body', () => {
    const base = signNotification('secret', 1, '');
    expect(signNotification('other', 1, '')).not.toBe(base);
    expect(signNotification('secret', 2, '')).not.toBe(base);
    expect(signNotification('secret', 1, ' ')).not.toBe(base);
  });

  it('sends the timestamp in seconds beside the signature of the empty body', () => {
    const headers = notificationSignatureHeaders('secret', new Date('2026-12-07T10:00:00.900Z'), '');
    const timestamp = Number(headers['X-Talon-Timestamp']);
    expect(timestamp).toBe(Date.UTC(2026, 11, 7, 10) / 1000);
    expect(headers['X-Talon-Signature']).toBe(signNotification('secret', timestamp, ''));
  });

  it('makes a fresh 256-bit secret each time', () => {
    const secret = newSubscriptionSecret();
    expect(Buffer.from(secret, 'base64url')).toHaveLength(32);
    expect(newSubscriptionSecret()).not.toBe(secret);
  });
});
