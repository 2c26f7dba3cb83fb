import { queryOptions, useQueries } from '@tanstack/react-query';
import { api, dataOf } from '../../shared/api-client';
import {
  NEXT_SLOT_WINDOW_DAYS,
  type NearestSlotFilters,
  nearestSlotRequests,
  nextSlotsByPractitioner,
  type TNearestSlotPage,
} from './next-slot';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The API's largest page (`MAX_PAGE_SIZE` of @talon/contracts, not imported: that would bring zod into the
 * page's JavaScript): a region's doctors of one specialty, or a clinic's, fit in one answer.
 */
const NEAREST_PAGE_SIZE = 100;

/** Free times change as people book: fresh for a minute, long enough to go back and forth in the list. */
const NEAREST_STALE_MS = 60 * 1000;

/** `GET /slots/nearest`: every doctor (role) of the filters with the first free slot in the window. */
export const nearestSlotsQuery = (filters: NearestSlotFilters) =>
  queryOptions({
    queryKey: ['directory', 'nearest', filters],
    queryFn: ({ signal }) =>
      dataOf(
        api.GET('/api/v1/slots/nearest', {
          params: {
            query: {
              ...filters,
              to: new Date(Date.now() + NEXT_SLOT_WINDOW_DAYS * DAY_MS).toISOString(),
              pageSize: NEAREST_PAGE_SIZE,
            },
          },
          signal,
        }),
      ),
    staleTime: NEAREST_STALE_MS,
  });

const combine = (results: readonly { data?: TNearestSlotPage | undefined }[]) =>
  nextSlotsByPractitioner(results.map((result) => result.data));

/**
 * The next free time of each doctor of a list, fetched for the whole list at once (see
 * `nearestSlotRequests`) next to the list itself, so that the doctors show first and the times fill in.
 */
export function useNextSlots(
  filters: { region?: string | undefined; organization?: string | undefined; specialty?: string | undefined },
  practitioners: readonly { specialties: readonly { code: string }[] }[],
) {
  return useQueries({
    queries: nearestSlotRequests(filters, practitioners).map(nearestSlotsQuery),
    combine,
  });
}
