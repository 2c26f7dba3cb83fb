import { type QueryClient, queryOptions } from '@tanstack/react-query';
import { ApiError, api, apiUrl, dataOf, setCsrfToken } from '../../shared/api-client';
import { clearApiCache } from '../offline';
import type {
  TExternalProvider,
  TLoginMfaRequest,
  TLoginResponse,
  TMe,
  TRegisterRequest,
} from './auth.types';

const ME_KEY = ['auth', 'me'] as const;

/** Who is logged in, or null for an anonymous visitor (401 is an answer here, not an error). */
async function fetchMe(signal?: AbortSignal): Promise<TMe | null> {
  try {
    const me = await dataOf(api.GET('/api/v1/me', { signal }));
    setCsrfToken(me.csrfToken);
    return me;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export const authQueries = {
  me: () =>
    queryOptions({
      queryKey: ME_KEY,
      queryFn: ({ signal }) => fetchMe(signal),
      staleTime: 5 * 60_000,
    }),
  /** The current text of the personal-data consent: from the server, never a copy in the bundle (rule 19). */
  /** The external identity provider (ЕСИА/Госуслуги), or null where the installation has none (404). */
  externalProvider: () =>
    queryOptions({
      queryKey: ['auth', 'oidc'],
      queryFn: ({ signal }): Promise<TExternalProvider | null> =>
        dataOf(api.GET('/api/v1/auth/oidc', { signal })).catch((error: unknown) => {
          if (error instanceof ApiError && error.status === 404) return null;
          throw error;
        }),
      staleTime: 60 * 60_000,
      retry: false,
    }),
  consent: () =>
    queryOptions({
      queryKey: ['auth', 'consent'],
      queryFn: ({ signal }) => dataOf(api.GET('/api/v1/auth/consent', { signal })),
      staleTime: 60 * 60_000,
    }),
};

let hasLoggedOut = false;

/**
 * True after the user logged out in this tab (until the next login): a private page then goes to the
 * login page with «Вы вышли» instead of asking to log in to come back to it.
 */
export const isLoggedOutByUser = (): boolean => hasLoggedOut;

/** A login (or a confirmed registration) succeeded: keep its CSRF token and who is now logged in. */
export function acceptLogin(queryClient: QueryClient, response: TLoginResponse): void {
  hasLoggedOut = false;
  setCsrfToken(response.csrfToken);
  // Answers kept offline for whoever was here before must not show to this user.
  void clearApiCache();
  if (response.me) queryClient.setQueryData(ME_KEY, response.me);
}

/** The session ended (logout, password reset, expiry): forget the token and every private answer. */
export function forgetSession(queryClient: QueryClient, reason: 'logout' | 'ended' = 'ended'): void {
  hasLoggedOut = reason === 'logout';
  setCsrfToken(null);
  // The offline copies of visits and tickets go too: the next person on this device must not see them.
  void clearApiCache();
  queryClient.removeQueries({ queryKey: ['account'] });
  queryClient.setQueryData(ME_KEY, null);
}

/** Re-reads `/me` (after a change of the second factor, for instance). */
export function refreshMe(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: ME_KEY });
}

/** Where a login through the identity provider starts; it comes back to `next`. */
export const externalLoginUrl = (next: string): string =>
  apiUrl('/api/v1/auth/oidc/start', { query: { next } });

export const authApi = {
  /** The second factor this session still owes (after the identity provider, or a reload). */
  pendingMfa: () => dataOf(api.GET('/api/v1/auth/login/mfa')),
  register: (body: TRegisterRequest) => dataOf(api.POST('/api/v1/auth/register', { body })),
  confirmRegistration: (registrationId: string, code: string) =>
    dataOf(api.POST('/api/v1/auth/register/confirm', { body: { registrationId, code } })),
  resendRegistration: (registrationId: string) =>
    dataOf(api.POST('/api/v1/auth/register/resend', { body: { registrationId } })),
  login: (login: string, password: string) =>
    dataOf(api.POST('/api/v1/auth/login', { body: { login, password } })),
  loginMfa: (body: TLoginMfaRequest) => dataOf(api.POST('/api/v1/auth/login/mfa', { body })),
  sendMfaSms: () => dataOf(api.POST('/api/v1/auth/login/mfa/sms')),
  logout: () => dataOf(api.POST('/api/v1/auth/logout')),
  logoutAll: () => dataOf(api.POST('/api/v1/auth/logout-all')),
  requestPasswordReset: (login: string) =>
    dataOf(api.POST('/api/v1/auth/password-reset', { body: { login } })),
  confirmPasswordReset: (resetId: string, code: string, password: string) =>
    dataOf(api.POST('/api/v1/auth/password-reset/confirm', { body: { resetId, code, password } })),
};
