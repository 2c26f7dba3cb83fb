import { and, eq, gt, lte, ne, or, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { aadFor } from '../crypto/encrypted-columns';
import type { FieldCipher } from '../crypto/field-cipher';
import { idempotencyKeys } from '../schema';

/** A stored `Idempotency-Key` as the API plugin decides on it. */
export interface StoredIdempotencyKey {
  fingerprint: string;
  state: 'in_flight' | 'done';
  responseStatus: number | null;
  /** The first answer's body as it was sent (JSON text). */
  responseText: string | null;
}

/** An answer may hold a visit's reason: stored encrypted, bound to its account and key (docs/domain.md rule 18). */
const responseAad = (accountId: string, key: string) =>
  aadFor(idempotencyKeys.responseEncrypted, accountId, key);

export type IdempotencyRepository = ReturnType<typeof createIdempotencyRepository>;

/**
 * An `in_flight` key older than this was abandoned: its process died (SIGKILL, power loss) before it stored the
 * answer. A request lives far shorter (the pool's acquire timeout and the booking's lock timeout are 2 s by
 * default), so the next request with the key takes it over and runs. Even a takeover of a request still alive
 * could not book twice: the booking locks the patient row, and the same patient booking the same slot gets that
 * appointment back. Without this, a client retrying with its key after a crash would get 409
 * IDEMPOTENCY_KEY_IN_FLIGHT for the key's whole day (docs/booking.md «Crash safety»).
 */
const ABANDONED_AFTER_MS = 60_000;
const abandonedBefore = (now: Date) =>
  sql`${new Date(now.getTime() - ABANDONED_AFTER_MS).toISOString()}::timestamptz`;

/**
 * `Idempotency-Key`s per account (docs/domain.md rule 2). Claiming a key is one INSERT: of two identical requests
 * racing, one inserts and the other finds the first one's row (`in_flight`). An expired key, or a claim abandoned by
 * a dead process (`ABANDONED_AFTER_MS`), is taken over.
 * Each call runs on its own (autocommit), outside the request's business transaction, so the in-flight
 * marker is visible to a concurrent duplicate at once.
 */
export function createIdempotencyRepository(db: Database, cipher: FieldCipher) {
  const stored = async (accountId: string, key: string, now?: Date) => {
    const conditions = [eq(idempotencyKeys.accountId, accountId), eq(idempotencyKeys.key, key)];
    if (now) {
      conditions.push(gt(idempotencyKeys.expiresAt, sql`${now.toISOString()}::timestamptz`));
      conditions.push(
        or(ne(idempotencyKeys.state, 'in_flight'), gt(idempotencyKeys.createdAt, abandonedBefore(now)))!,
      );
    }
    const [row] = await db
      .select({
        fingerprint: idempotencyKeys.fingerprint,
        state: idempotencyKeys.state,
        responseStatus: idempotencyKeys.responseStatus,
        responseEncrypted: idempotencyKeys.responseEncrypted,
      })
      .from(idempotencyKeys)
      .where(and(...conditions));
    if (!row) return null;
    const { responseEncrypted, ...rest } = row;
    return {
      ...rest,
      responseText: responseEncrypted ? cipher.decrypt(responseEncrypted, responseAad(accountId, key)) : null,
    };
  };

  return {
    /** The key's live row (not expired, not an abandoned claim), or null: a read, for requests that claim only when they write. */
    find: (accountId: string, key: string, now: Date): Promise<StoredIdempotencyKey | null> =>
      stored(accountId, key, now),

    /** Claims the key (taking over an expired key or an abandoned claim); null when this request now owns it, else the row that was there first. */
    async claim(entry: {
      accountId: string;
      key: string;
      fingerprint: string;
      now: Date;
      expiresAt: Date;
    }): Promise<StoredIdempotencyKey | null> {
      const [claimed] = await db
        .insert(idempotencyKeys)
        .values({
          accountId: entry.accountId,
          key: entry.key,
          fingerprint: entry.fingerprint,
          state: 'in_flight',
          createdAt: entry.now,
          expiresAt: entry.expiresAt,
        })
        .onConflictDoUpdate({
          target: [idempotencyKeys.accountId, idempotencyKeys.key],
          set: {
            fingerprint: entry.fingerprint,
            state: 'in_flight',
            responseStatus: null,
            responseEncrypted: null,
            createdAt: entry.now,
            expiresAt: entry.expiresAt,
          },
          setWhere: or(
            lte(idempotencyKeys.expiresAt, entry.now),
            and(
              eq(idempotencyKeys.state, 'in_flight'),
              lte(idempotencyKeys.createdAt, abandonedBefore(entry.now)),
            ),
          ),
        })
        .returning({ key: idempotencyKeys.key });
      if (claimed) return null;
      // Deleted between the two statements (an abandoned first attempt): report it as still in flight.
      return (
        (await stored(entry.accountId, entry.key)) ?? {
          fingerprint: entry.fingerprint,
          state: 'in_flight',
          responseStatus: null,
          responseText: null,
        }
      );
    },

    /** Stores the answer (its JSON text) of the request that owns the key. */
    async complete(accountId: string, key: string, status: number, text: string): Promise<void> {
      await db
        .update(idempotencyKeys)
        .set({
          state: 'done',
          responseStatus: status,
          responseEncrypted: cipher.encrypt(text, responseAad(accountId, key)),
        })
        .where(
          and(
            eq(idempotencyKeys.accountId, accountId),
            eq(idempotencyKeys.key, key),
            eq(idempotencyKeys.state, 'in_flight'),
          ),
        );
    },

    /** Forgets a key whose request failed on our side (5xx), so the client may retry with it. */
    async release(accountId: string, key: string): Promise<void> {
      await db
        .delete(idempotencyKeys)
        .where(
          and(
            eq(idempotencyKeys.accountId, accountId),
            eq(idempotencyKeys.key, key),
            eq(idempotencyKeys.state, 'in_flight'),
          ),
        );
    },

    /** Deletes expired keys (a sweep may call it); returns how many. */
    async purgeExpired(now: Date): Promise<number> {
      const rows = await db
        .delete(idempotencyKeys)
        .where(lte(idempotencyKeys.expiresAt, sql`${now.toISOString()}::timestamptz`))
        .returning({ key: idempotencyKeys.key });
      return rows.length;
    },
  };
}
