import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, dataOf } from '../../shared/api-client';

/** The server answers from two characters on; shorter text asks nothing. */
export const MIN_QUERY_LENGTH = 2;

/** `GET /api/v1/search/suggestions`: up to five specialties, doctors and clinics matching the text. */
export const searchQueries = {
  suggestions: (q: string, region: string | null) =>
    queryOptions({
      queryKey: ['search', 'suggestions', q, region],
      queryFn: ({ signal }) =>
        dataOf(
          api.GET('/api/v1/search/suggestions', {
            params: { query: { q, region: region ?? undefined } },
            signal,
          }),
        ),
      enabled: q.length >= MIN_QUERY_LENGTH,
      staleTime: 5 * 60_000,
      // The list keeps its last answer while the next one loads, so it does not blink on every letter.
      placeholderData: keepPreviousData,
    }),
};
