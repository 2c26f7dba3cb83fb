import type { DataRequestKind } from './privacy.types';
import { PRODUCTION_CALENDAR } from './production-calendar.data';

/** Moscow time has no daylight saving since 2014: UTC+3 all year. */
const MOSCOW_OFFSET_MS = 3 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

const nonWorkingWeekdays: ReadonlySet<string> = new Set(PRODUCTION_CALENDAR.nonWorkingWeekdays);
const workingWeekendDays: ReadonlySet<string> = new Set(PRODUCTION_CALENDAR.workingWeekendDays);

/**
 * How long the operator has to answer each kind of data-subject request (152-ФЗ, DESIGN rule 19):
 * access — 10 working days (ст. 14 ч. 3), correction — 7 working days (ст. 20 ч. 3), deletion after the
 * consent is withdrawn — 30 calendar days (ст. 21 ч. 5; the outer bound, not moved off weekends).
 */
export const DATA_REQUEST_DEADLINES = {
  access: { days: 10, unit: 'working' },
  correction: { days: 7, unit: 'working' },
  deletion: { days: 30, unit: 'calendar' },
} as const satisfies Record<DataRequestKind, { days: number; unit: 'working' | 'calendar' }>;

/** A calendar date in Moscow, as `YYYY-MM-DD` at UTC midnight (day arithmetic without time zones). */
const moscowDay = (at: Date) => {
  const shifted = new Date(at.getTime() + MOSCOW_OFFSET_MS);
  return Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate());
};
const isoDay = (day: number) => new Date(day).toISOString().slice(0, 10);

/** True when the Moscow calendar date `YYYY-MM-DD` is a working day of the production calendar. */
export function isWorkingDay(date: string): boolean {
  if (workingWeekendDays.has(date)) return true;
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !nonWorkingWeekdays.has(date);
}

/** True when the holidays of `year` are in the calendar data (otherwise only weekends are skipped). */
export const isCalendarKnown = (year: number): boolean =>
  (PRODUCTION_CALENDAR.years as readonly number[]).includes(year);

/**
 * The moment a request received at `receivedAt` must be answered by: the end (23:59:59.999 Moscow time) of
 * the last day of its period. The period starts the day after receipt (ГК РФ ст. 191), so a request sent
 * on Saturday evening or on a holiday gets as many working days as one sent on a Monday morning.
 */
export function dueDate(kind: DataRequestKind, receivedAt: Date): Date {
  const rule = DATA_REQUEST_DEADLINES[kind];
  let day = moscowDay(receivedAt);
  if (rule.unit === 'calendar') {
    day += rule.days * DAY_MS;
  } else {
    for (let counted = 0; counted < rule.days; ) {
      day += DAY_MS;
      if (isWorkingDay(isoDay(day))) counted += 1;
    }
  }
  return new Date(day + DAY_MS - MOSCOW_OFFSET_MS - 1);
}

/** True when an open request is past its deadline at `now`. */
export const isOverdue = (request: { status: string; dueAt: Date }, now: Date): boolean =>
  (request.status === 'received' || request.status === 'in_progress') &&
  request.dueAt.getTime() < now.getTime();
