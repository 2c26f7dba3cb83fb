import { createHmac, randomBytes } from 'node:crypto';

/** The headers a notification carries (docs/fhir.md «Subscriptions»). */
export const SIGNATURE_HEADER = 'X-Talon-Signature';
export const TIMESTAMP_HEADER = 'X-Talon-Timestamp';

/** A new per-subscription secret: 256 random bits, base64url (43 characters). */
export const newSubscriptionSecret = (): string => randomBytes(32).toString('base64url');

/**
 * `sha256=<hex HMAC-SHA-256>` of `<timestamp>.<body>` under the subscription's secret. The timestamp (Unix
 * seconds, sent as `X-Talon-Timestamp`) is inside the signed string, so a receiver that refuses old
 * timestamps cannot be fed a recorded notification again.
 */
export function signNotification(secret: string, timestamp: number, body: string): string {
  const mac = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  return `sha256=${mac}`;
}

/** The headers of one notification sent at `at`. */
export function notificationSignatureHeaders(secret: string, at: Date, body: string): Record<string, string> {
  const timestamp = Math.floor(at.getTime() / 1000);
  return {
    [TIMESTAMP_HEADER]: String(timestamp),
    [SIGNATURE_HEADER]: signNotification(secret, timestamp, body),
  };
}
