import type { MessageRecipient, NotificationPreferences } from '@talon/core/notifications';
import { sql } from 'drizzle-orm';
import type { accounts, notificationPreferences } from '../../schema';
import type { Nullable, RawRow, Renamed } from '../../sql';

/**
 * The account that hears about a patient's visits, as a lateral subquery over `a` (appointments): the
 * patient's own account, else the booking account when it belongs to the patient's active representative
 * (a parent booking for a child). Never a registrar's account: staff are not the patient's contact.
 */
export const RECIPIENT_ACCOUNT = sql`left join lateral (
    select acc.id, acc.phone, acc.email from accounts acc
     where acc.patient_id = a.patient_id
        or (acc.id = a.booked_by_account_id and exists (
              select 1 from representative_links rl
               where rl.ward_patient_id = a.patient_id and rl.representative_patient_id = acc.patient_id
                 and rl.status = 'active'))
     order by (acc.patient_id = a.patient_id) desc
     limit 1
  ) ra on true
  left join notification_preferences np on np.account_id = ra.id`;

/**
 * The recipient's columns alongside `RECIPIENT_ACCOUNT` (with the patient `p`): the account's contacts, the
 * patient card's when there is no account, and the account's preferences.
 */
export const RECIPIENT_COLUMNS = sql`ra.id as account_id, coalesce(ra.phone, p.phone) as phone,
  coalesce(ra.email, p.email) as email,
  np.account_id as pref_account_id, np.is_sms_enabled, np.is_email_enabled,
  np.is_push_enabled, np.is_in_app_enabled, np.quiet_start, np.quiet_end, np.reminder_time, np.time_zone as pref_time_zone`;

type PreferenceColumns = RawRow<typeof notificationPreferences>;

/** The row `RECIPIENT_COLUMNS` selects: all null (outer joins) when the patient has no account or no preferences. */
export type RecipientRow = Nullable<
  Renamed<RawRow<typeof accounts>, { id: 'account_id'; phone: 'phone'; email: 'email' }> &
    Renamed<PreferenceColumns, { account_id: 'pref_account_id'; time_zone: 'pref_time_zone' }> &
    Pick<
      PreferenceColumns,
      | 'is_sms_enabled'
      | 'is_email_enabled'
      | 'is_push_enabled'
      | 'is_in_app_enabled'
      | 'quiet_start'
      | 'quiet_end'
      | 'reminder_time'
    >
>;

/** A stored preferences row as core's type; null when the person has none. */
function toPreferences(row: RecipientRow): NotificationPreferences | null {
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

/** The recipient of `RECIPIENT_COLUMNS`: who hears of the visit, how and when. */
export const toRecipient = (row: RecipientRow): MessageRecipient => ({
  accountId: row.account_id,
  phone: row.phone,
  email: row.email,
  preferences: toPreferences(row),
});
