import { queryOptions } from '@tanstack/react-query';
import { type ApiRequestBody, type ApiSchema, api, dataOf } from '../../shared/api-client';

export type TWaitlistEntry = ApiSchema<'WaitlistEntry'>;

// Under ['account'] so that logging out drops it (see forgetSession).
export const waitlistQueries = {
  list: () =>
    queryOptions({
      queryKey: ['account', 'waitlist'],
      queryFn: ({ signal }) => dataOf(api.GET('/api/v1/waitlist', { signal })),
      // An offer lasts minutes: the page must show the one made since it was last seen.
      staleTime: 0,
      refetchInterval: 60_000,
    }),
};

export const waitlistApi = {
  join: (body: ApiRequestBody<'/api/v1/waitlist'>) => dataOf(api.POST('/api/v1/waitlist', { body })),
  leave: (entryId: string) =>
    dataOf(api.DELETE('/api/v1/waitlist/{id}', { params: { path: { id: entryId } } })),
};
