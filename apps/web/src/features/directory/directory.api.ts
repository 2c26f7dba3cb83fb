import { infiniteQueryOptions, keepPreviousData, queryOptions } from '@tanstack/react-query';
import { type ApiQuery, type ApiSchema, api, dataOf } from '../../shared/api-client';

export type TRegion = ApiSchema<'Region'>;
export type TSpecialty = ApiSchema<'Specialty'>;
export type TOrganization = ApiSchema<'Organization'>;
export type TOrganizationKind = ApiSchema<'OrganizationKind'>;
export type TOrganizationSummary = ApiSchema<'OrganizationSummary'>;
export type TPractitioner = ApiSchema<'Practitioner'>;
export type TPractitionerSummary = ApiSchema<'PractitionerSummary'>;
export type TPractitionerReview = ApiSchema<'PractitionerReview'>;

export const PAGE_SIZE = 20;

/** A review may run to 2 000 characters: a few to a page, more on request. */
export const REVIEWS_PAGE_SIZE = 5;

/** What every page of a list endpoint says about its place in the list. */
interface PageInfo {
  total: number;
  page: number;
  pageSize: number;
}

const nextPage = (last: PageInfo) => (last.page * last.pageSize < last.total ? last.page + 1 : undefined);

export type OrganizationFilters = Pick<
  ApiQuery<'/api/v1/organizations'>,
  'kind' | 'q' | 'near' | 'specialty'
> & { region: string };

export type PractitionerFilters = Pick<
  ApiQuery<'/api/v1/practitioners'>,
  'region' | 'organization' | 'specialty' | 'q'
>;

// Reference data changes with a deployment, not during a visit.
const REFERENCE_STALE_MS = 60 * 60 * 1000;

export const directoryQueries = {
  regions: () =>
    queryOptions({
      queryKey: ['directory', 'regions'],
      queryFn: ({ signal }) => dataOf(api.GET('/api/v1/regions', { signal })),
      staleTime: REFERENCE_STALE_MS,
    }),

  specialties: () =>
    queryOptions({
      queryKey: ['directory', 'specialties'],
      queryFn: ({ signal }) => dataOf(api.GET('/api/v1/specialties', { signal })),
      staleTime: REFERENCE_STALE_MS,
    }),

  organization: (id: string) =>
    queryOptions({
      queryKey: ['directory', 'organization', id],
      queryFn: ({ signal }) =>
        dataOf(api.GET('/api/v1/organizations/{id}', { params: { path: { id } }, signal })),
    }),

  practitioner: (id: string) =>
    queryOptions({
      queryKey: ['directory', 'practitioner', id],
      queryFn: ({ signal }) =>
        dataOf(api.GET('/api/v1/practitioners/{id}', { params: { path: { id } }, signal })),
    }),

  organizations: (filters: OrganizationFilters) =>
    infiniteQueryOptions({
      queryKey: ['directory', 'organizations', filters],
      queryFn: ({ pageParam, signal }) =>
        dataOf(
          api.GET('/api/v1/organizations', {
            params: { query: { ...filters, page: pageParam, pageSize: PAGE_SIZE } },
            signal,
          }),
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
        dataOf(
          api.GET('/api/v1/practitioners', {
            params: { query: { ...filters, page: pageParam, pageSize: PAGE_SIZE } },
            signal,
          }),
        ),
      initialPageParam: 1,
      getNextPageParam: nextPage,
      placeholderData: keepPreviousData,
    }),

  reviews: (practitionerId: string) =>
    infiniteQueryOptions({
      queryKey: ['directory', 'reviews', practitionerId],
      queryFn: ({ pageParam, signal }) =>
        dataOf(
          api.GET('/api/v1/practitioners/{id}/reviews', {
            params: { path: { id: practitionerId }, query: { page: pageParam, pageSize: REVIEWS_PAGE_SIZE } },
            signal,
          }),
        ),
      initialPageParam: 1,
      getNextPageParam: nextPage,
    }),
};

/** Items of all loaded pages. */
export function flattenPages<T>(pages: readonly { items: readonly T[] }[] | undefined): T[] {
  return pages?.flatMap((page) => page.items) ?? [];
}
