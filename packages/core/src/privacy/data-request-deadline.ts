import { addDays, isoWeekday, localDate, startOfLocalDay } from '../shared';
import type { DataRequestKind } from './privacy.types';
import { PRODUCTION_CALENDAR } from './production-calendar.data';

/** The deadlines run on Moscow calendar days. */
const MOSCOW = 'Europe/Moscow';

const nonWorkingWeekdays: ReadonlySet<string> = new Set(PRODUCTION_CALENDAR.nonWorkingWeekdays);
const workingWeekendDays: ReadonlySet<string> = new Set(PRODUCTION_CALENDAR.workingWeekendDays);

/**
 * How long the operator has to answer each kind of data-subject request (152-ФЗ, docs/domain.md rule 19):
 * access — 10 working days (ст. 14 ч. 3), correction — 7 working days (ст. 20 ч. 3), deletion after the
 * consent is withdrawn — 30 calendar days (ст. 21 ч. 5; the outer bound, not moved off weekends).
 */
export const DATA_REQUEST_DEADLINES = {
  access: { days: 10, unit: 'working' },
  correction: { days: 7, unit: 'working' },
  deletion: { days: 30, unit: 'calendar' },
} as const satisfies Record<DataRequestKind, { days: number; unit: 'working' | 'calendar' }>;

/** True when the Moscow calendar date `YYYY-MM-DD` is a working day of the production calendar. */
export function isWorkingDay(date: string): boolean {
  if (workingWeekendDays.has(date)) return true;
  if (isoWeekday(date) >= 6) return false;
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
  return deadlineAfter(receivedAt, DATA_REQUEST_DEADLINES[kind]);
}

/**
 * The end (Moscow time) of the last day of a period of `days` working or calendar days counted from the day
 * after `receivedAt`: the one deadline rule of requests to the clinic (data-subject requests, attachment).
 */
export function deadlineAfter(receivedAt: Date, rule: { days: number; unit: 'working' | 'calendar' }): Date {
  let day = localDate(receivedAt, MOSCOW);
  if (rule.unit === 'calendar') {
    day = addDays(day, rule.days);
  } else {
    for (let counted = 0; counted < rule.days; ) {
      day = addDays(day, 1);
      if (isWorkingDay(day)) counted += 1;
    }
  }
  return new Date(startOfLocalDay(addDays(day, 1), MOSCOW).getTime() - 1);
}

/** True when an open request is past its deadline at `now`. */
export const isOverdue = (request: { status: string; dueAt: Date }, now: Date): boolean =>
  (request.status === 'received' || request.status === 'in_progress') &&
  request.dueAt.getTime() < now.getTime();
