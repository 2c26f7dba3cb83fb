import type {
  TOrganization,
  TOrganizationKind,
  TOrganizationSummary,
  TPractitioner,
  TPractitionerReview,
  TPractitionerSummary,
  TRegion,
  TSpecialty,
} from '@talon/contracts';
import { infiniteQueryOptions, keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiGet } from '../../shared/api-client';

export const PAGE_SIZE = 20;

/** A review may run to 2 000 characters: a few to a page, more on request. */
export const REVIEWS_PAGE_SIZE = 5;

/** A page of a list endpoint. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

const nextPage = <T>(last: Page<T>) => (last.page * last.pageSize < last.total ? last.page + 1 : undefined);

export interface OrganizationFilters {
  region: string;
  kind?: TOrganizationKind | undefined;
  q?: string | undefined;
  /** `lat,lon` */
  near?: string | undefined;
  specialty?: string | undefined;
}

export interface PractitionerFilters {
  region?: string | undefined;
  organization?: string | undefined;
  specialty?: string | undefined;
  q?: string | undefined;
}

// Reference data changes with a deployment, not during a visit.
const REFERENCE_STALE_MS = 60 * 60 * 1000;

export const directoryQueries = {
  regions: () =>
    queryOptions({
      queryKey: ['directory', 'regions'],
      queryFn: ({ signal }) => apiGet<TRegion[]>('/regions', undefined, signal),
      staleTime: REFERENCE_STALE_MS,
    }),

  specialties: () =>
    queryOptions({
      queryKey: ['directory', 'specialties'],
      queryFn: ({ signal }) => apiGet<TSpecialty[]>('/specialties', undefined, signal),
      staleTime: REFERENCE_STALE_MS,
    }),

  organization: (id: string) =>
    queryOptions({
      queryKey: ['directory', 'organization', id],
      queryFn: ({ signal }) =>
        apiGet<TOrganization>(`/organizations/${encodeURIComponent(id)}`, undefined, signal),
    }),

  practitioner: (id: string) =>
    queryOptions({
      queryKey: ['directory', 'practitioner', id],
      queryFn: ({ signal }) =>
        apiGet<TPractitioner>(`/practitioners/${encodeURIComponent(id)}`, undefined, signal),
    }),

  organizations: (filters: OrganizationFilters) =>
    infiniteQueryOptions({
      queryKey: ['directory', 'organizations', filters],
      queryFn: ({ pageParam, signal }) =>
        apiGet<Page<TOrganizationSummary>>(
          '/organizations',
          { ...filters, page: pageParam, pageSize: PAGE_SIZE },
          signal,
        ),
      initialPageParam: 1,
      getNextPageParam: nextPage,
      // Keep the old results on screen while a new filter loads, instead of flashing an empty list.
      placeholderData: keepPreviousData,
    }),

  practitioners: (filters: PractitionerFilters) =>
    infiniteQueryOptions({
      queryKey: ['directory', 'practitioners', filters],
      queryFn: ({ pageParam, signal }) =>
        apiGet<Page<TPractitionerSummary>>(
          '/practitioners',
          { ...filters, page: pageParam, pageSize: PAGE_SIZE },
          signal,
        ),
      initialPageParam: 1,
      getNextPageParam: nextPage,
      placeholderData: keepPreviousData,
    }),

  reviews: (practitionerId: string) =>
    infiniteQueryOptions({
      queryKey: ['directory', 'reviews', practitionerId],
      queryFn: ({ pageParam, signal }) =>
        apiGet<Page<TPractitionerReview>>(
          `/practitioners/${encodeURIComponent(practitionerId)}/reviews`,
          { page: pageParam, pageSize: REVIEWS_PAGE_SIZE },
          signal,
        ),
      initialPageParam: 1,
      getNextPageParam: nextPage,
    }),
};

/** Items of all loaded pages. */
export function flattenPages<T>(pages: readonly Page<T>[] | undefined): T[] {
  return pages?.flatMap((page) => page.items) ?? [];
}
