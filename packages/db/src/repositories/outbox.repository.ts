import { randomUUID } from 'node:crypto';
import type { ClaimedMessage, OutgoingMessage, TemplateName } from '@talon/core/messaging';
import { and, asc, eq, lt, lte, sql } from 'drizzle-orm';
import type { DbExecutor } from '../client';
import type { FieldCipher } from '../crypto/field-cipher';
import { notificationOutbox as outbox } from '../schema';
import { markUnreadableDead, payloadAad, readPayload } from './outbox-payload';

/** Longest `last_error` kept: enough to diagnose, too short to become a log of its own. */
const MAX_ERROR_LENGTH = 500;

export type OutboxRepository = ReturnType<typeof createOutboxRepository>;

/**
 * The notification outbox (docs/domain.md rule 22). Build it on the use case's transaction so the message is
 * written with the change that causes it; the worker builds it on the database. The payload (it may hold a
 * one-time code) is encrypted with the field cipher.
 */
export function createOutboxRepository(
  executor: DbExecutor,
  cipher: Pick<FieldCipher, 'encrypt' | 'decrypt'>,
) {
  /** A message as its row: the id is made here, since the payload is bound to it (a duplicate's is unused). */
  const toRow = (message: OutgoingMessage) => {
    const id = randomUUID();
    return {
      id,
      event: message.event,
      channel: message.channel,
      recipient: message.recipient,
      accountId: message.accountId ?? null,
      template: message.template,
      payloadEncrypted: cipher.encrypt(JSON.stringify(message.payload), payloadAad(id)),
      dedupeKey: message.dedupeKey,
      ...(message.notBefore ? { notBefore: message.notBefore } : {}),
    };
  };
  return {
    /**
     * Writes a message to send. A second write with the same dedupe key does nothing and returns the id of
     * the first, with `isNew: false`.
     */
    async enqueue(message: OutgoingMessage): Promise<{ id: string; isNew: boolean }> {
      const [inserted] = await executor
        .insert(outbox)
        .values(toRow(message))
        .onConflictDoNothing({ target: outbox.dedupeKey })
        .returning({ id: outbox.id });
      if (inserted) return { id: inserted.id, isNew: true };
      const [existing] = await executor
        .select({ id: outbox.id })
        .from(outbox)
        .where(eq(outbox.dedupeKey, message.dedupeKey));
      if (!existing) throw new Error('outbox row vanished after a dedupe conflict');
      return { id: existing.id, isNew: false };
    },

    /**
     * Writes several messages in one statement (one round trip for all the channels of an event). A message
     * whose dedupe key is already stored writes nothing; returns the ids of the rows that are new.
     */
    async enqueueAll(messages: readonly OutgoingMessage[]): Promise<string[]> {
      if (messages.length === 0) return [];
      const inserted = await executor
        .insert(outbox)
        .values(messages.map(toRow))
        .onConflictDoNothing({ target: outbox.dedupeKey })
        .returning({ id: outbox.id });
      return inserted.map((row) => row.id);
    },

    /**
     * Takes a due pending message for sending: pending → sending and one more attempt, in one statement, so
     * of two workers racing for the same row only one gets it. Returns null when the row is not pending (sent,
     * dead, being sent) or not yet due.
     */
    async claim(id: string, now: Date): Promise<ClaimedMessage | null> {
      const [row] = await executor
        .update(outbox)
        .set({ status: 'sending', attempts: sql`${outbox.attempts} + 1`, updatedAt: now })
        .where(and(eq(outbox.id, id), eq(outbox.status, 'pending'), lte(outbox.notBefore, now)))
        .returning();
      if (!row) return null;
      const payload = readPayload(cipher, row.id, row.payloadEncrypted);
      if (!payload) {
        await markUnreadableDead(executor, [row.id], now);
        return null;
      }
      return {
        id: row.id,
        event: row.event,
        channel: row.channel,
        recipient: row.recipient,
        accountId: row.accountId,
        template: row.template as TemplateName,
        payload,
        dedupeKey: row.dedupeKey,
        notBefore: row.notBefore,
        attempts: row.attempts,
      };
    },

    /** The channel accepted the message. Only a row being sent changes. */
    async markSent(id: string, providerMessageId: string | null, now: Date): Promise<void> {
      await executor
        .update(outbox)
        .set({ status: 'sent', providerMessageId, sentAt: now, updatedAt: now, lastError: null })
        .where(and(eq(outbox.id, id), eq(outbox.status, 'sending')));
    },

    /**
     * The try failed: back to pending until `nextAttemptAt`, or dead when it is null (the last try, or an
     * error retrying cannot fix). `error` must hold no personal data.
     */
    async markFailed(id: string, error: string, nextAttemptAt: Date | null, now: Date): Promise<void> {
      await executor
        .update(outbox)
        .set({
          status: nextAttemptAt ? 'pending' : 'dead',
          lastError: error.slice(0, MAX_ERROR_LENGTH),
          updatedAt: now,
          ...(nextAttemptAt ? { notBefore: nextAttemptAt } : {}),
        })
        .where(and(eq(outbox.id, id), eq(outbox.status, 'sending')));
    },

    /** Ids of pending messages due by `now`, oldest first: the sweep re-enqueues their jobs. */
    async findDue(limit: number, now: Date): Promise<string[]> {
      const rows = await executor
        .select({ id: outbox.id })
        .from(outbox)
        .where(and(eq(outbox.status, 'pending'), lte(outbox.notBefore, now)))
        .orderBy(asc(outbox.notBefore))
        .limit(limit);
      return rows.map((row) => row.id);
    },

    /**
     * Messages left in `sending` since before `olderThan` (the worker died mid-send) go back to pending.
     * The send may have happened, so this is where "at least once" can become twice; `olderThan` must be
     * well past the longest send (channel timeouts are 30 s). Returns their ids.
     */
    async requeueStale(olderThan: Date): Promise<string[]> {
      const rows = await executor
        .update(outbox)
        .set({ status: 'pending', updatedAt: sql`now()` })
        .where(and(eq(outbox.status, 'sending'), lt(outbox.updatedAt, olderThan)))
        .returning({ id: outbox.id });
      return rows.map((row) => row.id);
    },

    /** The delivery state of one message (tests, support tools). */
    async getStatus(id: string) {
      const [row] = await executor
        .select({
          status: outbox.status,
          attempts: outbox.attempts,
          lastError: outbox.lastError,
          notBefore: outbox.notBefore,
          sentAt: outbox.sentAt,
          providerMessageId: outbox.providerMessageId,
        })
        .from(outbox)
        .where(eq(outbox.id, id));
      return row ?? null;
    },
  };
}

/**
 * The outbox a use case writes to inside its transaction: each new row's id goes to `written`, so the store
 * can kick the worker with them once the transaction has committed (never before: the row must exist).
 */
export function createTransactionOutbox(
  tx: DbExecutor,
  cipher: Pick<FieldCipher, 'encrypt' | 'decrypt'>,
  written: string[],
): Pick<OutboxRepository, 'enqueue' | 'enqueueAll'> {
  const outbox = createOutboxRepository(tx, cipher);
  return {
    async enqueue(message) {
      const queued = await outbox.enqueue(message);
      if (queued.isNew) written.push(queued.id);
      return queued;
    },
    async enqueueAll(messages) {
      const ids = await outbox.enqueueAll(messages);
      written.push(...ids);
      return ids;
    },
  };
}
