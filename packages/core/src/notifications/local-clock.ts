import { addDays, localDate, localTime, startOfLocalDay } from '../shared';
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

/**
 * The instant the local clock of `timeZone` shows `time` on `date`. Russian zones have fixed offsets, and
 * `startOfLocalDay` corrects for an offset change at midnight elsewhere.
 */
export function atLocalTime(date: string, time: LocalTimeOfDay, timeZone: string): Date {
  return new Date(startOfLocalDay(date, timeZone).getTime() + minutesOfDay(time) * 60_000);
}

/** The local date and minutes since midnight of an instant in the zone. */
export function localClock(instant: Date, timeZone: string): { date: string; minutes: number } {
  return { date: localDate(instant, timeZone), minutes: minutesOfDay(localTime(instant, timeZone)) };
}

export { addDays };
