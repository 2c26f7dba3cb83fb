import { addDays, isoWeekday } from '../shared';
import type { ScheduleView } from './practice.types';

/**
 * The clinic-local days a schedule shows: the date itself, or its ISO week (Monday to Sunday). The instants
 * to read are the days around them (a clinic's zone is UTC−1…+12), filtered by local date afterwards, so one
 * query serves a doctor working at clinics in two zones.
 */
export function scheduleDays(date: string, view: ScheduleView): { first: string; last: string } {
  if (view === 'day') return { first: date, last: date };
  const monday = addDays(date, 1 - isoWeekday(date));
  return { first: monday, last: addDays(monday, 6) };
}

/** The UTC instants that surely contain every local day from `first` to `last` in any Russian zone. */
export function readWindow(days: { first: string; last: string }): { from: Date; to: Date } {
  return {
    from: new Date(`${addDays(days.first, -1)}T00:00:00Z`),
    to: new Date(`${addDays(days.last, 2)}T00:00:00Z`),
  };
}
