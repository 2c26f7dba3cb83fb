import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { optionalUuidRef, timestamptz, uuidRef } from './columns';
import { accounts } from './identity.schema';
import { notificationOutbox } from './messaging.schema';

/**
 * A browser's Web Push subscription (the PushSubscription of the Push API). The endpoint is a capability URL
 * of the browser vendor's push service; the keys encrypt the message end to end, and `auth` is a secret, so
 * both keys are stored encrypted as one JSON value. A push service answering 404/410 deletes the row.
 */
export const pushSubscriptions = pgTable(
  'push_subscriptions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: uuidRef('account_id', () => accounts.id, 'cascade'),
    endpoint: text('endpoint').notNull(),
    /** `{ p256dh, auth }` of the subscription, encrypted with the field cipher. */
    keysEncrypted: text('keys_encrypted').notNull(),
    /** A short browser/OS label the settings page shows ("Chrome, Android"); never the full User-Agent. */
    label: text('label'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    lastUsedAt: timestamptz('last_used_at'),
  },
  (t) => [
    // A browser re-subscribing sends the same endpoint: it is one subscription, moved to the latest account.
    uniqueIndex('push_subscriptions_endpoint_key').on(t.endpoint),
    index('push_subscriptions_account_idx').on(t.accountId),
  ],
);

/**
 * The installation's VAPID key pair (RFC 8292), generated at first start and kept: a new pair would orphan
 * every browser subscription made with the old public key. One row (`id = 'default'`); the private key is
 * encrypted with the field cipher. `VAPID_PUBLIC_KEY`/`VAPID_PRIVATE_KEY` in the environment take precedence.
 */
export const vapidKeys = pgTable(
  'vapid_keys',
  {
    id: text('id').primaryKey(),
    publicKey: text('public_key').notNull(),
    privateKeyEncrypted: text('private_key_encrypted').notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [check('vapid_keys_single', sql`${t.id} = 'default'`)],
);

/**
 * In-app notifications: the `in_app` channel writes here, the bell in the web app reads. `outbox_id` is
 * unique, so a message delivered twice (a worker that died after the insert and before marking the outbox
 * row sent) is still shown once.
 */
export const inAppNotifications = pgTable(
  'in_app_notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: uuidRef('account_id', () => accounts.id, 'cascade'),
    outboxId: optionalUuidRef('outbox_id', () => notificationOutbox.id),
    event: text('event').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    /** A path inside the web app the notification opens. */
    url: text('url').notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    readAt: timestamptz('read_at'),
  },
  (t) => [
    uniqueIndex('in_app_notifications_outbox_key').on(t.outboxId),
    index('in_app_notifications_account_idx').on(t.accountId, t.createdAt.desc(), t.id.desc()),
    index('in_app_notifications_unread_idx').on(t.accountId).where(sql`${t.readAt} is null`),
  ],
);

export const DELIVERY_REPORT_STATUSES = ['delivered', 'failed'] as const;

/**
 * What a provider later reported about a message it accepted (an SMS gateway's delivery status callback):
 * delivered to the handset, or failed (switched off too long, number gone). One row per outbox message,
 * updated by later reports. The outbox row stays `sent` either way: it was handed over once and must not be
 * retried automatically (a "failed" SMS may still have arrived); the admin page shows the report.
 */
export const notificationDeliveryReports = pgTable(
  'notification_delivery_reports',
  {
    outboxId: uuid('outbox_id')
      .primaryKey()
      .references(() => notificationOutbox.id, { onDelete: 'cascade' }),
    status: text('status', { enum: DELIVERY_REPORT_STATUSES }).notNull(),
    /** The provider's own status code, e.g. SMS.ru `103`. */
    providerStatus: text('provider_status').notNull(),
    reportedAt: timestamptz('reported_at').notNull().defaultNow(),
  },
  (t) => [check('notification_delivery_reports_status', sql`${t.status} in ('delivered', 'failed')`)],
);
