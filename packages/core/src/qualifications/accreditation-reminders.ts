import { localDate } from '../shared';
import { ACCREDITATION_REMINDER_DAYS, type AccreditationReminderOffset } from './qualifications.types';

const DAY_MS = 86_400_000;

/** Whole days from the clinic-local today until the last valid day (0: it is the last day, negative: expired). */
export function daysLeft(validUntil: string, now: Date, timeZone: string): number {
  return Math.round((Date.parse(validUntil) - Date.parse(localDate(now, timeZone))) / DAY_MS);
}

/**
 * The reminder due with `left` days left: the nearest offset (30, 14, 3) already reached, so a document
 * entered with 10 days left gets the 14-day reminder only, never a late 30-day one. None once expired.
 * The 14-day one is due from 14 days left until 4, the 3-day one from 3 until the last day.
 */
export function dueReminderOffset(left: number): AccreditationReminderOffset | null {
  if (left < 0) return null;
  let due: AccreditationReminderOffset | null = null;
  for (const offset of ACCREDITATION_REMINDER_DAYS) if (left <= offset) due = offset;
  return due;
}

/**
 * The outbox dedupe key of one reminder: per document, offset and last valid day, so each is sent once
 * (the outbox keeps the key) and a changed date plans its reminders afresh.
 */
export const accreditationReminderKey = (
  qualificationId: string,
  offset: AccreditationReminderOffset,
  validUntil: string,
  channel: string,
  recipient: string,
): string =>
  [
    'qualification.accreditation_expiring',
    `${qualificationId}:${offset}:${validUntil}`,
    channel,
    recipient,
  ].join('|');
