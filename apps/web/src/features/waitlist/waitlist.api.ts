import type { TJoinWaitlistRequest, TWaitlistEntry } from '@talon/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiGet, apiSend } from '../../shared/api-client';

// Under ['account'] so that logging out drops it (see forgetSession).
export const waitlistQueries = {
  list: () =>
    queryOptions({
      queryKey: ['account', 'waitlist'],
      queryFn: ({ signal }) => apiGet<{ items: TWaitlistEntry[] }>('/waitlist', undefined, signal),
      // An offer lasts minutes: the page must show the one made since it was last seen.
      staleTime: 0,
      refetchInterval: 60_000,
    }),
};

export const waitlistApi = {
  join: (body: TJoinWaitlistRequest) => apiSend<TWaitlistEntry>('POST', '/waitlist', body),
  leave: (entryId: string) => apiSend('DELETE', `/waitlist/${encodeURIComponent(entryId)}`),
};
