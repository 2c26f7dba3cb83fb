import { and, eq, inArray } from 'drizzle-orm';
import type { DbExecutor } from '../client';
import { aadFor } from '../crypto/encrypted-columns';
import type { FieldCipher } from '../crypto/field-cipher';
import { notificationOutbox } from '../schema';

/** Why a message that can never be sent went dead at once; no personal data. */
export const UNREADABLE_PAYLOAD = 'payload unreadable (key missing or data damaged)';

/** The payload is bound to its outbox row (docs/domain.md rule 18): a copy in another row does not decrypt. */
export const payloadAad = (outboxId: string) => aadFor(notificationOutbox.payloadEncrypted, outboxId);

/**
 * The message's values, or null when they cannot be read back (a retired key, damaged bytes, a payload
 * moved from another row). Such a row must go dead, not fail its claim: it would otherwise stay in
 * `sending` and come back with every stale sweep, holding up the batch it was claimed with, for ever.
 */
export function readPayload(
  cipher: Pick<FieldCipher, 'decrypt'>,
  outboxId: string,
  encrypted: string,
): Record<string, string> | null {
  try {
    const value: unknown = JSON.parse(cipher.decrypt(encrypted, payloadAad(outboxId)));
    return typeof value === 'object' && value !== null ? (value as Record<string, string>) : null;
  } catch {
    return null;
  }
}

/** Claimed rows whose payload cannot be read: dead, for an administrator to see among the dead letters. */
export async function markUnreadableDead(executor: DbExecutor, ids: readonly string[], now: Date) {
  if (ids.length === 0) return;
  await executor
    .update(notificationOutbox)
    .set({ status: 'dead', lastError: UNREADABLE_PAYLOAD, updatedAt: now })
    .where(and(inArray(notificationOutbox.id, [...ids]), eq(notificationOutbox.status, 'sending')));
}
