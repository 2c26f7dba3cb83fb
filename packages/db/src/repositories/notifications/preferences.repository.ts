import type { PreferencesRepository } from '@talon/core/notifications';
import { eq } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import { accounts, organizations, patients, notificationPreferences as prefs } from '../../schema';

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
      const [row] = await db
        .select({ timeZone: organizations.timeZone })
        .from(accounts)
        .innerJoin(patients, eq(patients.id, accounts.patientId))
        .innerJoin(organizations, eq(organizations.id, patients.attachedOrganizationId))
        .where(eq(accounts.id, accountId));
      return row?.timeZone ?? null;
    },
  };
}
