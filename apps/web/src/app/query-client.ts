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
        // Ask even when the browser says it is offline: the service worker answers with the copy it kept
        // (visits, tickets), and only a request that really fails waits for the connection.
        networkMode: 'offlineFirst',
      },
    },
  });
}
