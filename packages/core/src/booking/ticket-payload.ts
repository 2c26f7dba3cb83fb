import { createHmac, timingSafeEqual } from 'node:crypto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const EXPIRY = /^[0-9a-z]{1,10}$/;
/** 128 bits of HMAC-SHA-256 are plenty against forgery and keep the QR code small. */
const SIGNATURE_BYTES = 16;
/** A ticket admits its holder on the visit's day: a day after the start covers it in any time zone. */
const TICKET_VALIDITY_MS = 24 * 60 * 60 * 1000;

const signatureOf = (appointmentId: string, expiry: string, key: Uint8Array) =>
  createHmac('sha256', key)
    .update(`talon-ticket:${appointmentId}:${expiry}`)
    .digest()
    .subarray(0, SIGNATURE_BYTES)
    .toString('base64url');

/** When the QR payload of a visit starting at `startsAt` stops being accepted (issue 15, item 11). */
export const ticketPayloadExpiry = (startsAt: Date): Date =>
  new Date(startsAt.getTime() + TICKET_VALIDITY_MS);

/**
 * The QR payload of a ticket (docs/domain.md rule 20): `appointmentId.expiry.signature`, the expiry in Unix seconds
 * (base 36) and an HMAC over both that the clinic verifies offline with the same key. The expiry keeps a
 * photographed old ticket from being a lasting credential. Compact so the QR code stays readable on a phone.
 */
export function signTicketPayload(appointmentId: string, expiresAt: Date, key: Uint8Array): string {
  const expiry = Math.floor(expiresAt.getTime() / 1000).toString(36);
  return `${appointmentId}.${expiry}.${signatureOf(appointmentId, expiry, key)}`;
}

/** The appointment id of a genuine, unexpired payload at `now`, or null for a malformed, forged or expired one. */
export function verifyTicketPayload(payload: string, key: Uint8Array, now: Date): string | null {
  const [id, expiry, signature, ...rest] = payload.trim().split('.');
  if (!id || !expiry || !signature || rest.length || !UUID.test(id) || !EXPIRY.test(expiry)) return null;
  const expected = Buffer.from(signatureOf(id, expiry, key));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return Number.parseInt(expiry, 36) * 1000 > now.getTime() ? id : null;
}
