import { describe, expect, it } from 'vitest';
import { isAllowedPushEndpoint, maskRecipient, smsRuDeliveryStatus } from './delivery-rules';

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
