import type { ClaimedMessage, TemplateName } from '@talon/core/messaging';
import { sql } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import type { FieldCipher } from '../../crypto/field-cipher';
import type { notificationOutbox } from '../../schema';
import type { RawRow } from '../../sql';
import { queryRows, toDate } from '../../sql';
import { markUnreadableDead, readPayload } from '../outbox-payload';

type ClaimedRow = Pick<
  RawRow<typeof notificationOutbox>,
  | 'id'
  | 'event'
  | 'channel'
  | 'recipient'
  | 'account_id'
  | 'template'
  | 'payload_encrypted'
  | 'dedupe_key'
  | 'not_before'
  | 'attempts'
>;

/** One element of a PostgreSQL array literal, quoted. */
const quoteElement = (value: string) => `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;

/**
 * Claims due messages in batches for the dispatcher: one statement moves up to `limit` pending rows to
 * `sending` (SKIP LOCKED: workers in other processes take other rows, never the same one), oldest due first.
 * The per-message claim of `createOutboxRepository` stays the path of single kicked messages.
 */
export function createOutboxDispatchRepository(executor: DbExecutor, cipher: Pick<FieldCipher, 'decrypt'>) {
  return {
    /** Up to `limit` due messages of one channel (each channel has its own dispatcher: no head-of-line wait). */
    async claimDue(limit: number, now: Date, channel: ClaimedMessage['channel']): Promise<ClaimedMessage[]> {
      const at = now.toISOString();
      const rows = await queryRows<ClaimedRow>(
        executor,
        sql`update notification_outbox o
               set status = 'sending', attempts = o.attempts + 1, updated_at = ${at}::timestamptz
             where o.id in (
               select id from notification_outbox
                where status = 'pending' and not_before <= ${at}::timestamptz and channel = ${channel}
                order by not_before
                limit ${limit}
                for update skip locked)
         returning o.id, o.event, o.channel, o.recipient, o.account_id, o.template, o.payload_encrypted,
                   o.dedupe_key, o.not_before, o.attempts`,
      );
      const claimed: ClaimedMessage[] = [];
      const unreadable: string[] = [];
      for (const row of rows) {
        const payload = readPayload(cipher, row.id, row.payload_encrypted);
        if (!payload) {
          unreadable.push(row.id);
          continue;
        }
        claimed.push({
          id: row.id,
          event: row.event,
          channel: row.channel,
          recipient: row.recipient,
          accountId: row.account_id,
          template: row.template as TemplateName,
          payload,
          dedupeKey: row.dedupe_key,
          notBefore: toDate(row.not_before),
          attempts: Number(row.attempts),
        });
      }
      await markUnreadableDead(executor, unreadable, now);
      return claimed;
    },

    /**
     * Records many sends in one statement (the dispatcher flushes every few milliseconds): one round trip
     * instead of one per message. Only rows still being sent change, as in `markSent`.
     */
    async markSentMany(sent: readonly { id: string; providerMessageId: string | null }[], now: Date) {
      if (sent.length === 0) return;
      const at = now.toISOString();
      // Array literals as single parameters (Drizzle would spread a JS array into a list of parameters).
      const ids = `{${sent.map((s) => s.id).join(',')}}`;
      const providerIds = `{${sent.map((s) => (s.providerMessageId === null ? 'NULL' : quoteElement(s.providerMessageId))).join(',')}}`;
      await executor.execute(
        sql`update notification_outbox o
               set status = 'sent', provider_message_id = v.pid, sent_at = ${at}::timestamptz,
                   updated_at = ${at}::timestamptz, last_error = null
              from (select unnest(${ids}::uuid[]) as id, unnest(${providerIds}::text[]) as pid) v
             where o.id = v.id and o.status = 'sending'`,
      );
    },
  };
}

export type OutboxDispatchRepository = ReturnType<typeof createOutboxDispatchRepository>;
