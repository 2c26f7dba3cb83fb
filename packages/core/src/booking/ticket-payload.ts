import { createHmac, timingSafeEqual } from 'node:crypto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** 128 bits of HMAC-SHA-256 are plenty against forgery and keep the QR code small. */
const SIGNATURE_BYTES = 16;

const signatureOf = (appointmentId: string, key: Uint8Array) =>
  createHmac('sha256', key)
    .update(`talon-ticket:${appointmentId}`)
    .digest()
    .subarray(0, SIGNATURE_BYTES)
    .toString('base64url');

/**
 * The QR payload of a ticket (DESIGN rule 20): `appointmentId.signature`, an HMAC the clinic verifies
 * offline with the same key. Compact so the QR code stays readable on a phone screen.
 */
export function signTicketPayload(appointmentId: string, key: Uint8Array): string {
  return `${appointmentId}.${signatureOf(appointmentId, key)}`;
}

/** The appointment id of a genuine payload, or null for a malformed or forged one. */
export function verifyTicketPayload(payload: string, key: Uint8Array): string | null {
  const [id, signature, ...rest] = payload.trim().split('.');
  if (!id || !signature || rest.length || !UUID.test(id)) return null;
  const expected = Buffer.from(signatureOf(id, key));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given) ? id : null;
}
