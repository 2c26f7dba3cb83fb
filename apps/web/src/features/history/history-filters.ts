import { apiUrl } from '../../shared/api-client';
import type { AppointmentFilters } from '../booking/booking.api';
import { localDayRange } from '../booking/slot-time';
import { PAST_STATUSES } from '../booking/visit-actions';

export type HistoryStatus = (typeof PAST_STATUSES)[number];

/**
 * The history's filters as they stand in the address (`?from=2026-11-01&to=…&status=…`), so a filtered
 * history can be reloaded, shared and reached with the back button. Dates are calendar days of the user.
 */
export interface HistoryFilters {
  from: string;
  to: string;
  practitioner: string;
  status: HistoryStatus | '';
  patientId: string;
}

export const HISTORY_PAGE_SIZE = 20;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const isHistoryStatus = (value: string): value is HistoryStatus =>
  (PAST_STATUSES as readonly string[]).includes(value);

/** Reads the filters and the page from the address; anything malformed is left out, not sent. */
export function readHistoryParams(params: URLSearchParams): { filters: HistoryFilters; page: number } {
  const date = (name: string) => {
    const value = params.get(name) ?? '';
    return DATE.test(value) ? value : '';
  };
  const id = (name: string) => {
    const value = params.get(name) ?? '';
    return UUID.test(value) ? value : '';
  };
  const status = params.get('status') ?? '';
  const page = Number(params.get('page'));
  return {
    filters: {
      from: date('from'),
      to: date('to'),
      practitioner: id('practitioner'),
      status: isHistoryStatus(status) ? status : '',
      patientId: id('patientId'),
    },
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/** The filters (and a page other than the first) as the page's own query string. */
export function writeHistoryParams(filters: HistoryFilters, page = 1): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  if (page > 1) params.set('page', String(page));
  return params;
}

/**
 * The query of `GET /appointments` and of its CSV/PDF exports for these filters: every past status unless
 * one is chosen (`status` repeated), the period as instants with the user's offset — `from` at the start
 * of its day, `to` at the end of its day (the API's `to` is exclusive) — the person and the doctor.
 */
export function historyApiQuery(
  filters: HistoryFilters,
  timeZone: string,
  paging?: { page: number; pageSize: number },
): AppointmentFilters {
  return {
    status: filters.status ? [filters.status] : [...PAST_STATUSES],
    from: filters.from ? localDayRange(filters.from, timeZone).from : undefined,
    to: filters.to ? localDayRange(filters.to, timeZone).to : undefined,
    patientId: filters.patientId || undefined,
    practitioner: filters.practitioner || undefined,
    ...paging,
  };
}

/** The export of the filtered history, a file the browser downloads itself. */
export const historyExportHref = (format: 'csv' | 'pdf', filters: HistoryFilters, timeZone: string) =>
  apiUrl(format === 'csv' ? '/api/v1/appointments/export.csv' : '/api/v1/appointments/export.pdf', {
    query: historyApiQuery(filters, timeZone),
  });

/** What is wrong with the typed period: a date the browser could not read, or an end before the start. */
export function periodProblems(filters: Pick<HistoryFilters, 'from' | 'to'>): {
  from?: 'dateFormat';
  to?: 'dateFormat' | 'toBeforeFrom';
} {
  if (filters.from && !DATE.test(filters.from)) return { from: 'dateFormat' };
  if (filters.to && !DATE.test(filters.to)) return { to: 'dateFormat' };
  if (filters.from && filters.to && filters.to < filters.from) return { to: 'toBeforeFrom' };
  return {};
}
