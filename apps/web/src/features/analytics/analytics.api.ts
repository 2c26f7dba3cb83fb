import { queryOptions } from '@tanstack/react-query';
import { type ApiQuery, api, dataOf } from '../../shared/api-client';

export type LoadFilters = ApiQuery<'/api/v1/admin/analytics/load'>;

export const analyticsQueries = {
  waits: (query: { organization?: string; specialty?: string; limit?: number }) =>
    queryOptions({
      queryKey: ['account', 'analytics', 'waits', query],
      queryFn: ({ signal }) =>
        dataOf(api.GET('/api/v1/admin/analytics/waits', { params: { query }, signal })),
    }),
  load: (filters: LoadFilters) =>
    queryOptions({
      queryKey: ['account', 'analytics', 'load', filters],
      queryFn: ({ signal }) =>
        dataOf(api.GET('/api/v1/admin/analytics/load', { params: { query: filters }, signal })),
    }),
};

/** The CSV export of the same filters: a plain link, the session cookie goes with it. */
export function loadCsvHref(filters: LoadFilters): string {
  const query = new URLSearchParams(
    Object.entries(filters).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '',
    ),
  );
  return `/api/v1/admin/analytics/load.csv?${query}`;
}

export type LoadReport = Awaited<
  ReturnType<NonNullable<ReturnType<typeof analyticsQueries.load>['queryFn']>>
>;
export type WaitsReport = Awaited<
  ReturnType<NonNullable<ReturnType<typeof analyticsQueries.waits>['queryFn']>>
>;
