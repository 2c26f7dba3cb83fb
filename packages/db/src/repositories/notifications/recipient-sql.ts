import { sql } from 'drizzle-orm';

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

/** The preference columns selected alongside `RECIPIENT_ACCOUNT`. */
export const PREFERENCE_COLUMNS = sql`np.account_id as pref_account_id, np.is_sms_enabled, np.is_email_enabled,
  np.is_push_enabled, np.is_in_app_enabled, np.quiet_start, np.quiet_end, np.reminder_time, np.time_zone as pref_time_zone`;

export interface PreferenceRow {
  pref_account_id: string | null;
  is_sms_enabled: boolean | null;
  is_email_enabled: boolean | null;
  is_push_enabled: boolean | null;
  is_in_app_enabled: boolean | null;
  quiet_start: string | null;
  quiet_end: string | null;
  reminder_time: string | null;
  pref_time_zone: string | null;
}
