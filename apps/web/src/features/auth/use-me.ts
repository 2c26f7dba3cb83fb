import { useQuery } from '@tanstack/react-query';
import { authQueries } from './auth.api';

/**
 * The logged-in user. `me` is null for an anonymous visitor and undefined while the first answer is on its
 * way; a failed request (network, 5xx) is `isError`, never mistaken for being logged out.
 */
export function useMe() {
  const query = useQuery(authQueries.me());
  return { ...query, me: query.data };
}
