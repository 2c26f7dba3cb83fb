import { createHmac, timingSafeEqual } from 'node:crypto';

/** A domain label in the MAC input, so no other HMAC of the same key can pass for a queue token. */
const PURPOSE = 'talon-waiting-room:v1';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const mac = (placeId: string, key: Uint8Array) =>
  createHmac('sha256', key).update(`${PURPOSE}.${placeId}`).digest('base64url');

/**
 * The queue token of a place: its id and an HMAC-SHA-256 tag (`<uuid>.<43 characters>`). The id alone is
 * useless: only the server's key makes a token that names a place.
 */
export const signQueueToken = (placeId: string, key: Uint8Array): string => `${placeId}.${mac(placeId, key)}`;

/** The place a token names, or null for a malformed, forged or altered token. */
export function placeIdOfQueueToken(token: string, key: Uint8Array): string | null {
  const dot = token.indexOf('.');
  if (dot < 0) return null;
  const placeId = token.slice(0, dot);
  if (!UUID.test(placeId)) return null;
  const given = Buffer.from(token.slice(dot + 1));
  const expected = Buffer.from(mac(placeId, key));
  return given.length === expected.length && timingSafeEqual(given, expected) ? placeId : null;
}
