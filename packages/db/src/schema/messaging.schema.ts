import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { optionalUuidRef, timestamptz } from './columns';
import { accounts } from './identity.schema';

export const CHANNELS = ['sms', 'email', 'push', 'in_app'] as const;
export const OUTBOX_STATUSES = ['pending', 'sending', 'sent', 'dead', 'cancelled'] as const;

/**
 * The notification outbox (docs/domain.md rule 22): a row is written in the same transaction as the change that
 * causes the message, then a queue job delivers it at least once. `dedupeKey` (event, channel, recipient)
 * makes a second write of the same message a no-op. The payload may hold a one-time code, so it is encrypted.
 */
export const notificationOutbox = pgTable(
  'notification_outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    event: text('event').notNull(),
    channel: text('channel', { enum: CHANNELS }).notNull(),
    /** Phone (E.164) for SMS, address for email, account id for push and in-app. */
    recipient: text('recipient').notNull(),
    accountId: optionalUuidRef('account_id', () => accounts.id),
    template: text('template').notNull(),
    payloadEncrypted: text('payload_encrypted').notNull(),
    dedupeKey: text('dedupe_key').notNull().unique('notification_outbox_dedupe_key'),
    status: text('status', { enum: OUTBOX_STATUSES }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    notBefore: timestamptz('not_before').notNull().defaultNow(),
    lastError: text('last_error'),
    providerMessageId: text('provider_message_id'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
    sentAt: timestamptz('sent_at'),
  },
  (t) => [
    check('notification_outbox_channel', sql`${t.channel} in ('sms', 'email', 'push', 'in_app')`),
    check(
      'notification_outbox_status',
      sql`${t.status} in ('pending', 'sending', 'sent', 'dead', 'cancelled')`,
    ),
    check('notification_outbox_attempts', sql`${t.attempts} >= 0`),
    index('notification_outbox_due_idx').on(t.status, t.notBefore),
    // The status page counts each channel's messages of the last minutes (docs/status-page.md).
    index('notification_outbox_recent_idx').on(t.updatedAt),
    // Delivery status callbacks name the message by the provider's id (notifications-delivery.schema.ts).
    index('notification_outbox_provider_message_idx')
      .on(t.providerMessageId)
      .where(sql`${t.providerMessageId} is not null`),
  ],
);

/** Demo mode's development sink: every SMS and email lands here instead of a gateway (shown at /dev/messages). */
export const devMessages = pgTable(
  'dev_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    outboxId: optionalUuidRef('outbox_id', () => notificationOutbox.id),
    channel: text('channel', { enum: ['sms', 'email'] }).notNull(),
    recipient: text('recipient').notNull(),
    subject: text('subject'),
    body: text('body').notNull(),
    html: text('html'),
    meta: jsonb('meta').$type<Record<string, string>>(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [index('dev_messages_recipient_idx').on(t.recipient, t.createdAt)],
);
