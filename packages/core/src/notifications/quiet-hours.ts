import { addDays, atLocalTime, localClock, minutesOfDay } from './local-clock';
import type { QuietHours } from './notifications.types';

/** True when the person's local clock at `at` is inside their quiet hours (start inclusive, end exclusive). */
export function isInQuietHours(at: Date, quiet: QuietHours, timeZone: string): boolean {
  const start = minutesOfDay(quiet.start);
  const end = minutesOfDay(quiet.end);
  if (start === end) return false;
  const { minutes } = localClock(at, timeZone);
  return start < end ? minutes >= start && minutes < end : minutes >= start || minutes < end;
}

/**
 * No SMS or push at night (issue 5, item 4): a moment inside the quiet hours moves to their end — the
 * morning — in the person's zone; any other moment stays.
 */
export function deferPastQuietHours(at: Date, quiet: QuietHours, timeZone: string): Date {
  if (!isInQuietHours(at, quiet, timeZone)) return at;
  const { date, minutes } = localClock(at, timeZone);
  const start = minutesOfDay(quiet.start);
  const end = minutesOfDay(quiet.end);
  // Spanning midnight and already past the start: the quiet period ends tomorrow morning.
  const endDate = start > end && minutes >= start ? addDays(date, 1) : date;
  return atLocalTime(endDate, quiet.end, timeZone);
}
