import type { Channel } from '../messaging';
import { addDays } from '../shared';
import { accreditationReminderKey, daysLeft, dueReminderOffset } from './accreditation-reminders';
import type { AccreditationToRemind, QualificationsDeps, QualificationsRepos } from './qualifications.ports';
import { ACCREDITATION_REMINDER_DAYS } from './qualifications.types';

const LINK = '/doctor/settings/qualifications';
/** Wide enough for any zone's "today" (UTC−12…+14) around the instant's UTC date. */
const ZONE_SLACK_DAYS = 1;

/**
 * Writes the reminders due at `at` for these accreditations: the nearest offset reached (30, 14 or 3 days
 * before the last valid day, in the clinic's zone) on SMS, push and in-app as the account allows. The
 * outbox's dedupe key (document, offset, last day, channel) makes each one once: a second run, a restart or
 * a second worker writes nothing; a changed date has new keys, so its reminders come afresh.
 */
export async function planAccreditationReminders(
  repos: Pick<QualificationsRepos, 'outbox'>,
  documents: readonly AccreditationToRemind[],
  at: Date,
): Promise<number> {
  let written = 0;
  for (const doc of documents) {
    const left = daysLeft(doc.validUntil, at, doc.timeZone);
    const offset = dueReminderOffset(left);
    if (offset === null) continue;
    const targets: [Channel, string | null][] = [
      ['sms', doc.channels.sms ? doc.phone : null],
      ['push', doc.channels.push ? doc.accountId : null],
      ['in_app', doc.channels.in_app ? doc.accountId : null],
    ];
    for (const [channel, recipient] of targets) {
      if (!recipient) continue;
      const { isNew } = await repos.outbox.enqueue({
        event: 'qualification.accreditation_expiring',
        channel,
        recipient,
        accountId: doc.accountId,
        template: 'accreditation_expiring',
        payload: {
          accreditedSpecialty: doc.specialtyName,
          days: String(left),
          date: doc.validUntil.split('-').reverse().join('.'),
          link: LINK,
        },
        dedupeKey: accreditationReminderKey(doc.id, offset, doc.validUntil, channel, recipient),
      });
      if (isNew) written += 1;
    }
  }
  return written;
}

/** The window of last valid days any reminder may be due for at `at`. */
export function reminderWindow(at: Date): { from: string; to: string } {
  const today = at.toISOString().slice(0, 10);
  return {
    from: addDays(today, -ZONE_SLACK_DAYS),
    to: addDays(today, Math.max(...ACCREDITATION_REMINDER_DAYS) + ZONE_SLACK_DAYS),
  };
}

/**
 * The worker's daily (and at start) run, and the demo clock's: every accreditation ending within the
 * window gets the reminder due at `at` (now by default), once.
 */
export async function sweepAccreditationReminders(
  deps: QualificationsDeps,
  _principal: null,
  input: { at?: Date } = {},
): Promise<{ written: number }> {
  const at = input.at ?? deps.clock.now();
  const { from, to } = reminderWindow(at);
  return deps.store.transaction(async (repos) => ({
    written: await planAccreditationReminders(repos, await repos.qualifications.toRemind(from, to), at),
  }));
}
