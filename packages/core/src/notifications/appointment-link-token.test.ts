import { describe, expect, it } from 'vitest';
import {
  deriveAppointmentLinkKey,
  signAppointmentLink,
  verifyAppointmentLink,
} from './appointment-link-token';

const key = deriveAppointmentLinkKey(Buffer.alloc(32, 7));
const claims = {
  appointmentId: '6f1c2a4e-0000-4000-8000-000000000001',
  accountId: '6f1c2a4e-0000-4000-8000-000000000002',
  action: 'cancel' as const,
  expiresAt: new Date('2026-12-10T07:00:00Z'),
};
const now = new Date('2026-12-07T07:00:00Z');

describe('signed appointment links', () => {
  it('verifies a genuine link with its claims and a unique token id', () => {
    const a = verifyAppointmentLink(signAppointmentLink(claims, key), key, now);
    const b = verifyAppointmentLink(signAppointmentLink(claims, key), key, now);
    expect(a.status).toBe('valid');
    if (a.status !== 'valid' || b.status !== 'valid') return;
    expect(a.claims).toMatchObject({ appointmentId: claims.appointmentId, action: 'cancel' });
    expect(a.claims.tokenId).not.toBe(b.claims.tokenId);
  });

  it('refuses a tampered link (another action, another key, a cut signature)', () => {
    const token = signAppointmentLink(claims, key);
    const [body, signature] = token.split('.');
    const bytes = Buffer.from(body!, 'base64url');
    bytes.writeUInt8(1, 32); // cancel → confirm
    const forged = bytes.toString('base64url');
    expect(verifyAppointmentLink(`${forged}.${signature}`, key, now).status).toBe('invalid');
    expect(verifyAppointmentLink(token, deriveAppointmentLinkKey(Buffer.alloc(32, 8)), now).status).toBe(
      'invalid',
    );
    expect(verifyAppointmentLink(token.slice(0, -2), key, now).status).toBe('invalid');
    expect(verifyAppointmentLink('garbage', key, now).status).toBe('invalid');
  });

  it('fits a URL path parameter (at most 100 characters)', () => {
    expect(signAppointmentLink(claims, key).length).toBeLessThanOrEqual(100);
  });

  it('reports an expired link as expired', () => {
    const token = signAppointmentLink(claims, key);
    expect(verifyAppointmentLink(token, key, new Date('2026-12-10T07:00:00Z')).status).toBe('expired');
  });
});
