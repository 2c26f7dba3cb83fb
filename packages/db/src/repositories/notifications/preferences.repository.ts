import type { NotificationPreferences, PreferencesRepository } from '@talon/core/notifications';
import { eq, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import { notificationPreferences as prefs } from '../../schema';
import { queryRows } from '../../sql/query-rows';
import type { PreferenceRow } from './recipient-sql';

/** A stored preferences row (joined or direct) as core's type; null when the person has none. */
export function toPreferences(row: PreferenceRow): NotificationPreferences | null {
  if (!row.pref_account_id) return null;
  return {
    channels: {
      sms: row.is_sms_enabled ?? true,
      email: row.is_email_enabled ?? true,
      push: row.is_push_enabled ?? true,
      in_app: row.is_in_app_enabled ?? true,
    },
    quietHours: { start: row.quiet_start ?? '22:00', end: row.quiet_end ?? '08:00' },
    reminderTime: row.reminder_time,
    timeZone: row.pref_time_zone,
  };
}

/** Notification preferences per account (issue 5, item 4): one row, written whole by `PUT`. */
export function createPreferencesRepository(db: DbExecutor): PreferencesRepository {
  return {
    async find(accountId) {
      const [row] = await db.select().from(prefs).where(eq(prefs.accountId, accountId));
      if (!row) return null;
      return {
        channels: {
          sms: row.isSmsEnabled,
          email: row.isEmailEnabled,
          push: row.isPushEnabled,
          in_app: row.isInAppEnabled,
        },
        quietHours: { start: row.quietStart, end: row.quietEnd },
        reminderTime: row.reminderTime,
        timeZone: row.timeZone,
      };
    },

    async save(accountId, preferences, at) {
      const values = {
        isSmsEnabled: preferences.channels.sms,
        isEmailEnabled: preferences.channels.email,
        isPushEnabled: preferences.channels.push,
        isInAppEnabled: preferences.channels.in_app,
        quietStart: preferences.quietHours.start,
        quietEnd: preferences.quietHours.end,
        reminderTime: preferences.reminderTime,
        timeZone: preferences.timeZone,
        updatedAt: at,
      };
      await db
        .insert(prefs)
        .values({ accountId, ...values })
        .onConflictDoUpdate({ target: prefs.accountId, set: values });
    },

    async attachmentTimeZone(accountId) {
      const [row] = await queryRows<{ time_zone: string | null }>(
        db,
        sql`select o.time_zone from accounts acc
              join patients p on p.id = acc.patient_id
              join organizations o on o.id = p.attached_organization_id
             where acc.id = ${accountId}`,
      );
      return row?.time_zone ?? null;
    },
  };
}
