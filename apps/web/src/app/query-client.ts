import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../shared/api-client';

const MAX_RETRIES = 2;

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        // A 4xx will fail again; only the network and the server deserve another try.
        retry: (failureCount, error) =>
          failureCount < MAX_RETRIES && (!(error instanceof ApiError) || error.isRetryable),
        refetchOnWindowFocus: false,
      },
    },
  });
}
