import { addDays, DomainError, localDate } from '../shared';
import { AnalyticsErrorCode } from './analytics.errors';

/** The longest period one report covers: a quarter (the daily trend stays readable, the query bounded). */
export const MAX_ANALYTICS_DAYS = 92;
/** Without dates: the last 30 days up to today. */
export const DEFAULT_ANALYTICS_DAYS = 30;
/** Reports speak of Moscow calendar days when no date is given (the clinics' own zones group the rows). */
const DEFAULT_ZONE = 'Europe/Moscow';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (value: string) =>
  ISO_DATE.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;

/** Checks a report period (`YYYY-MM-DD`, inclusive) and fills the defaults. */
export function analyticsPeriod(
  input: { from?: string; to?: string },
  now: Date,
): { from: string; to: string } {
  const invalid = (field: string) =>
    new DomainError(AnalyticsErrorCode.INVALID_ANALYTICS_PERIOD, {
      field: `query.${field}`,
      params: { max: MAX_ANALYTICS_DAYS },
    });
  if (input.from !== undefined && !isDate(input.from)) throw invalid('from');
  if (input.to !== undefined && !isDate(input.to)) throw invalid('to');
  const to =
    input.to ?? (input.from ? addDays(input.from, DEFAULT_ANALYTICS_DAYS - 1) : localDate(now, DEFAULT_ZONE));
  const from = input.from ?? addDays(to, -(DEFAULT_ANALYTICS_DAYS - 1));
  if (from > to) throw invalid('to');
  if (addDays(from, MAX_ANALYTICS_DAYS - 1) < to) throw invalid('to');
  return { from, to };
}
