/**
 * The CSRF token of the current cookie session (docs/domain.md rule 15). The server hands it out with the login
 * response and with `GET /me`; the auth feature keeps it here and the API client (`api-client.ts`) sends it back in
 * `X-CSRF-Token` on every state-changing request. Kept in memory only: a reload asks `/me` again.
 */
let csrfToken: string | null = null;

export const CSRF_HEADER = 'X-CSRF-Token';

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function getCsrfToken(): string | null {
  return csrfToken;
}
