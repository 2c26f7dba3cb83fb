import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** What a signed appointment link may do; each link does exactly one (single-purpose). */
export const APPOINTMENT_LINK_ACTIONS = ['confirm', 'cancel', 'change'] as const;
export type AppointmentLinkAction = (typeof APPOINTMENT_LINK_ACTIONS)[number];

/** The claims of a link: the visit, the action, the account it was sent to, a unique id and the expiry. */
export interface AppointmentLinkClaims {
  appointmentId: string;
  action: AppointmentLinkAction;
  accountId: string;
  tokenId: string;
  expiresAt: Date;
}

export type VerifiedLink =
  | { status: 'valid'; claims: AppointmentLinkClaims }
  | { status: 'expired'; claims: AppointmentLinkClaims }
  | { status: 'invalid' };

const ACTION_CODES: Readonly<Record<AppointmentLinkAction, number>> = { confirm: 1, cancel: 2, change: 3 };
/** A domain label in the MAC input, so no other HMAC of the same key can pass for a link. */
const PURPOSE = 'talon-appointment-link:v1';
/** 128 bits of HMAC-SHA-256: plenty against forgery, and the token stays under Fastify's 100-character path parameter. */
const MAC_BYTES = 16;
/** appointment (16) + account (16) + action (1) + expiry seconds (4) + token id (12). */
const BODY_BYTES = 49;

const mac = (body: string, key: Uint8Array) =>
  createHmac('sha256', key)
    .update(`${PURPOSE}.${body}`)
    .digest()
    .subarray(0, MAC_BYTES)
    .toString('base64url');

const uuidBytes = (id: string) => Buffer.from(id.replaceAll('-', ''), 'hex');
const uuidText = (bytes: Buffer) => {
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};

/**
 * Signs a link for a reminder email: the claims packed in 49 bytes and an HMAC-SHA-256 tag, about 90 URL
 * characters. The random token id makes each link single-use once its use is recorded.
 */
export function signAppointmentLink(claims: Omit<AppointmentLinkClaims, 'tokenId'>, key: Uint8Array): string {
  const body = Buffer.alloc(BODY_BYTES);
  uuidBytes(claims.appointmentId).copy(body, 0);
  uuidBytes(claims.accountId).copy(body, 16);
  body.writeUInt8(ACTION_CODES[claims.action], 32);
  body.writeUInt32BE(Math.floor(claims.expiresAt.getTime() / 1000), 33);
  randomBytes(12).copy(body, 37);
  const text = body.toString('base64url');
  return `${text}.${mac(text, key)}`;
}

function parseClaims(text: string): AppointmentLinkClaims | null {
  const body = Buffer.from(text, 'base64url');
  if (body.length !== BODY_BYTES) return null;
  const code = body.readUInt8(32);
  const action = APPOINTMENT_LINK_ACTIONS.find((a) => ACTION_CODES[a] === code);
  if (!action) return null;
  return {
    appointmentId: uuidText(body.subarray(0, 16)),
    accountId: uuidText(body.subarray(16, 32)),
    action,
    expiresAt: new Date(body.readUInt32BE(33) * 1000),
    tokenId: body.subarray(37).toString('base64url'),
  };
}

/**
 * Checks a link: `invalid` when malformed or its signature does not match (tampered), `expired` when
 * genuine but past its expiry, else `valid`. Whether it was used is the repository's to say.
 */
export function verifyAppointmentLink(token: string, key: Uint8Array, now: Date): VerifiedLink {
  const [body, signature, ...rest] = token.split('.');
  if (!body || !signature || rest.length || body.length > 100) return { status: 'invalid' };
  const expected = Buffer.from(mac(body, key));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { status: 'invalid' };
  const claims = parseClaims(body);
  if (!claims) return { status: 'invalid' };
  return claims.expiresAt.getTime() <= now.getTime()
    ? { status: 'expired', claims }
    : { status: 'valid', claims };
}

/** The link key, derived from the installation's lookup key under its own label (API and worker agree). */
export function deriveAppointmentLinkKey(lookupKey: Uint8Array): Buffer {
  return createHmac('sha256', lookupKey).update('talon/appointment-link').digest();
}
