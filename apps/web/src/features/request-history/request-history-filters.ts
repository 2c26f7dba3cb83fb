import { REQUEST_HISTORY_TYPES, type RequestHistoryType } from '@talon/vocabulary';
import { apiUrl } from '../../shared/api-client';
import { APPOINTMENT_STATUSES } from '../../shared/appointment-statuses';

export const REQUEST_TYPES = REQUEST_HISTORY_TYPES;
export type RequestType = RequestHistoryType;

/** The statuses of each type, in the order the filter offers them. */
export const STATUSES_OF = {
  appointment: APPOINTMENT_STATUSES,
  data_change: ['in_progress', 'approved', 'applied', 'rejected'],
  data_request: ['received', 'in_progress', 'done', 'rejected'],
  document_request: ['in_progress', 'awaiting_signature', 'ready', 'rejected'],
  attachment_request: ['submitted', 'approved', 'rejected'],
} as const satisfies Readonly<Record<RequestType, readonly string[]>>;
export type RequestStatus = (typeof STATUSES_OF)[RequestType][number];

/** Every type's statuses, each code once. */
const ALL_STATUSES: readonly RequestStatus[] = [...new Set(Object.values(STATUSES_OF).flat())];

/** The statuses the filter offers: the chosen type's, or every type's (each code once). */
export const statusOptions = (type: RequestType | ''): RequestStatus[] =>
  type ? [...STATUSES_OF[type]] : [...ALL_STATUSES];

/** The filters as they stand in the address (`?type=data_change&status=approved&from=2026-11-01`). */
export interface RequestHistoryFilters {
  type: RequestType | '';
  status: RequestStatus | '';
  from: string;
  to: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads the filters from the address; anything malformed is left out, not sent. */
export function readFilters(params: URLSearchParams): RequestHistoryFilters {
  const type = params.get('type') ?? '';
  const isType = (REQUEST_TYPES as readonly string[]).includes(type);
  const status = (params.get('status') ?? '') as RequestStatus;
  const date = (name: string) => {
    const value = params.get(name) ?? '';
    return DATE.test(value) ? value : '';
  };
  return {
    type: isType ? (type as RequestType) : '',
    status: statusOptions(isType ? (type as RequestType) : '').includes(status) ? status : '',
    from: date('from'),
    to: date('to'),
  };
}

/** The filters as the page's own query string (empty ones left out). */
export function writeFilters(filters: RequestHistoryFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  return params;
}

/** The API's query for these filters (the server filters; the dates are Moscow calendar days). */
export const apiQuery = (filters: RequestHistoryFilters) => ({
  type: filters.type || undefined,
  status: filters.status || undefined,
  from: filters.from || undefined,
  to: filters.to || undefined,
});

/** The export of the filtered history, a file the browser downloads itself. */
export const exportHref = (format: 'csv' | 'pdf', filters: RequestHistoryFilters) =>
  apiUrl(format === 'csv' ? '/api/v1/me/request-history.csv' : '/api/v1/me/request-history.pdf', {
    query: apiQuery(filters),
  });
