import { addDays, localDate } from '../shared';
import { atLocalTime } from './local-clock';
import type {
  NotificationPreferences,
  PreferenceChannel,
  ReminderKind,
  ReminderOffsets,
} from './notifications.types';
import { deferPastQuietHours } from './quiet-hours';

/** The channel each reminder goes through. */
export const REMINDER_CHANNEL: Readonly<Record<ReminderKind, PreferenceChannel>> = Object.freeze({
  email_3d: 'email',
  sms_1d: 'sms',
  push_2h: 'push',
});

export interface ReminderTimeInput {
  startsAt: Date;
  now: Date;
  offsets: ReminderOffsets;
  preferences: NotificationPreferences;
  /** The person's zone (their preference, else their clinic's): quiet hours and the reminder time use it. */
  timeZone: string;
}

export type ReminderTime =
  | { dueAt: Date }
  /** `too_late`: its time passed long ago (booked after it); `after_visit`: the morning comes after the visit. */
  | { skipped: 'too_late' | 'after_visit' };

const HOUR = 3_600_000;
const MINUTE = 60_000;

/** When the reminder would go out before quiet hours: the lead before the visit, or the chosen time. */
function plannedAt(kind: ReminderKind, input: ReminderTimeInput): Date {
  const { startsAt, offsets, preferences, timeZone } = input;
  if (kind === 'email_3d') return new Date(startsAt.getTime() - offsets.emailHours * HOUR);
  if (kind === 'push_2h') return new Date(startsAt.getTime() - offsets.pushMinutes * MINUTE);
  const lead = new Date(startsAt.getTime() - offsets.smsHours * HOUR);
  if (!preferences.reminderTime) return lead;
  // "The day before at 10:00": the chosen local time on the local day the lead falls on.
  const chosen = atLocalTime(localDate(lead, timeZone), preferences.reminderTime, timeZone);
  return chosen.getTime() < startsAt.getTime()
    ? chosen
    : atLocalTime(addDays(localDate(lead, timeZone), -1), preferences.reminderTime, timeZone);
}

/**
 * When a reminder of a visit goes out (docs/domain.md rule 21): email `emailHours` before, SMS `smsHours` before
 * (or on that day at the person's chosen local time), push `pushMinutes` before. SMS and push never go out
 * in the person's quiet hours: they move to the morning, and are dropped when the morning is after the
 * visit. A reminder whose time passed more than `catchUpMinutes` ago is not sent at all (the booking's own
 * confirmation said everything); one that passed a little ago goes out now.
 */
export function reminderTime(kind: ReminderKind, input: ReminderTimeInput): ReminderTime {
  const planned = plannedAt(kind, input);
  if (planned.getTime() < input.now.getTime() - input.offsets.catchUpMinutes * MINUTE) {
    return { skipped: 'too_late' };
  }
  const deferred =
    kind === 'email_3d'
      ? planned
      : deferPastQuietHours(planned, input.preferences.quietHours, input.timeZone);
  if (deferred.getTime() >= input.startsAt.getTime()) return { skipped: 'after_visit' };
  return { dueAt: deferred.getTime() < input.now.getTime() ? input.now : deferred };
}

/**
 * The visit starts the sweep looks at for one kind of reminder: every visit whose reminder can fall due
 * by `now + lookaheadMinutes` and is not past its catch-up. Planned visits are skipped by the ledger, so
 * overlapping runs plan nothing twice.
 */
export function reminderSweepWindow(
  kind: ReminderKind,
  now: Date,
  offsets: ReminderOffsets,
  lookaheadMinutes: number,
): { from: Date; to: Date } {
  const catchUp = offsets.catchUpMinutes * MINUTE;
  const ahead = lookaheadMinutes * MINUTE;
  const at = (ms: number) => new Date(now.getTime() + ms);
  if (kind === 'email_3d') {
    return { from: at(offsets.emailHours * HOUR - catchUp), to: at(offsets.emailHours * HOUR + ahead) };
  }
  if (kind === 'push_2h') {
    return { from: at(offsets.pushMinutes * MINUTE - catchUp), to: at(offsets.pushMinutes * MINUTE + ahead) };
  }
  // A chosen time of day moves the SMS up to a day either way of its lead.
  return {
    from: at(Math.max(0, offsets.smsHours * HOUR - 24 * HOUR - catchUp)),
    to: at(offsets.smsHours * HOUR + 24 * HOUR + ahead),
  };
}
