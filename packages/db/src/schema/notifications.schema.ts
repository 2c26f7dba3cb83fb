import { sql } from 'drizzle-orm';
import { boolean, check, index, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { appointments } from './booking.schema';
import { optionalUuidRef, timestamptz, uuidRef } from './columns';
import { accounts } from './identity.schema';
import { notificationOutbox } from './messaging.schema';

export const REMINDER_KINDS = ['email_3d', 'sms_1d', 'push_2h'] as const;
export const APPOINTMENT_LINK_ACTIONS = ['confirm', 'cancel', 'change'] as const;

/**
 * A person's choice of channels, quiet hours and reminder time (issue 5, item 4). No row means the defaults
 * (every channel on, quiet 22:00–08:00, the reminder at 24 hours before). Security messages ignore the
 * channel switches: the use cases never consult them for those.
 */
export const notificationPreferences = pgTable(
  'notification_preferences',
  {
    accountId: uuid('account_id')
      .primaryKey()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    isSmsEnabled: boolean('is_sms_enabled').notNull().default(true),
    isEmailEnabled: boolean('is_email_enabled').notNull().default(true),
    isPushEnabled: boolean('is_push_enabled').notNull().default(true),
    isInAppEnabled: boolean('is_in_app_enabled').notNull().default(true),
    /** Local `HH:MM` in `time_zone`; start after end means the quiet period spans midnight. */
    quietStart: text('quiet_start').notNull().default('22:00'),
    quietEnd: text('quiet_end').notNull().default('08:00'),
    /** Local `HH:MM` the day-before SMS goes out at; null = 24 hours before the visit. */
    reminderTime: text('reminder_time'),
    /** IANA zone of the person; null = their clinic's zone (or Europe/Moscow). */
    timeZone: text('time_zone'),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    check('notification_preferences_quiet_start', sql`${t.quietStart} ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'`),
    check('notification_preferences_quiet_end', sql`${t.quietEnd} ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'`),
    check(
      'notification_preferences_reminder_time',
      sql`${t.reminderTime} is null or ${t.reminderTime} ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'`,
    ),
  ],
);

/**
 * The reminder sweep's ledger: one row per appointment and reminder kind once the sweep has planned it
 * (written with the outbox row, in one transaction). The sweep skips planned pairs, so a second run or a
 * second worker plans nothing twice; `outbox_id` lets a cancellation drop the pending reminders (a trigger,
 * see migration 0010). A skipped reminder (channel off, already too late) has no outbox row.
 */
export const appointmentReminders = pgTable(
  'appointment_reminders',
  {
    appointmentId: uuidRef('appointment_id', () => appointments.id, 'cascade'),
    kind: text('kind', { enum: REMINDER_KINDS }).notNull(),
    outboxId: optionalUuidRef('outbox_id', () => notificationOutbox.id),
    dueAt: timestamptz('due_at'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'appointment_reminders_pkey', columns: [t.appointmentId, t.kind] }),
    check('appointment_reminders_kind', sql`${t.kind} in ('email_3d', 'sms_1d', 'push_2h')`),
    index('appointment_reminders_outbox_idx').on(t.outboxId),
  ],
);

/**
 * Signed appointment links that were used (confirm, cancel from a reminder email without logging in). The
 * token id is the primary key: the insert that records a use is also the check that it was not used before.
 */
export const appointmentLinkUses = pgTable(
  'appointment_link_uses',
  {
    tokenId: text('token_id').primaryKey(),
    appointmentId: uuidRef('appointment_id', () => appointments.id, 'cascade'),
    action: text('action', { enum: APPOINTMENT_LINK_ACTIONS }).notNull(),
    usedAt: timestamptz('used_at').notNull().defaultNow(),
  },
  (t) => [
    check('appointment_link_uses_action', sql`${t.action} in ('confirm', 'cancel', 'change')`),
    index('appointment_link_uses_appointment_idx').on(t.appointmentId),
  ],
);
