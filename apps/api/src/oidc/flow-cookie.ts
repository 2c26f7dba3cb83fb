import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import type { OidcFlow } from './oidc-client';

/** A login started at the provider must come back within this time. */
export const FLOW_LIFETIME_SECONDS = 600;

/** What the flow cookie holds: the checks of the provider's answer and where to go afterwards. */
export interface SealedFlow extends OidcFlow {
  next: string;
  /** Epoch milliseconds after which the flow is refused, whatever the browser kept. */
  expiresAt: number;
}

export interface FlowSealer {
  seal(flow: Omit<SealedFlow, 'expiresAt'>, now?: number): string;
  /** The flow, or null when the value was tampered with, made with another key, or has expired. */
  open(value: string | undefined, now?: number): SealedFlow | null;
}

const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Seals the OpenID Connect flow (state, nonce, PKCE verifier, `next`) into a cookie value with AES-256-GCM,
 * so the browser carries it but can neither read nor change it. The key is derived from the look-up key by
 * HMAC with a purpose label, so it is never the key of any other use.
 */
export function createFlowSealer(lookupKey: Buffer): FlowSealer {
  const key = createHmac('sha256', lookupKey).update('talon/oidc-flow-cookie/v1').digest();
  return {
    seal(flow, now = Date.now()) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const plain = JSON.stringify({ ...flow, expiresAt: now + FLOW_LIFETIME_SECONDS * 1000 });
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
    },
    open(value, now = Date.now()) {
      if (!value) return null;
      const raw = Buffer.from(value, 'base64url');
      if (raw.length <= IV_BYTES + TAG_BYTES) return null;
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, IV_BYTES));
        decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
        const plain = Buffer.concat([
          decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)),
          decipher.final(),
        ]).toString('utf8');
        const flow = JSON.parse(plain) as SealedFlow;
        return typeof flow.expiresAt === 'number' && flow.expiresAt > now ? flow : null;
      } catch {
        return null;
      }
    },
  };
}

/**
 * Where to go after the login: a same-site path only (`/account`, not `//evil.example` or `https://…`), so
 * the login can never be turned into an open redirect.
 */
export function safeNext(next: string | undefined, fallback = '/account'): string {
  if (!next || next.length > 500) return fallback;
  if (!next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  // Control characters and backslashes can make browsers read a path as another origin.
  const isUnsafe = [...next].some((c) => c === '\\' || c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);
  if (isUnsafe) return fallback;
  return next;
}
