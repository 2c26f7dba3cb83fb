import { addDays, atLocalMinutes, localDate, localTime } from '../shared';
import type { LocalTimeOfDay } from './notifications.types';

const TIME_OF_DAY = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** True for a valid `HH:MM`. */
export const isTimeOfDay = (value: string): boolean => TIME_OF_DAY.test(value);

/** Minutes since local midnight of `HH:MM`. */
export function minutesOfDay(value: LocalTimeOfDay): number {
  const match = TIME_OF_DAY.exec(value);
  if (!match) throw new RangeError(`not a time of day: ${value}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** The instant the local clock of `timeZone` shows `time` on `date` (a skipped wall time moves forward). */
export function atLocalTime(date: string, time: LocalTimeOfDay, timeZone: string): Date {
  return atLocalMinutes(date, minutesOfDay(time), timeZone);
}

/** The local date and minutes since midnight of an instant in the zone. */
export function localClock(instant: Date, timeZone: string): { date: string; minutes: number } {
  return { date: localDate(instant, timeZone), minutes: minutesOfDay(localTime(instant, timeZone)) };
}

export { addDays };
