import { ApiError, parseProblem, parseRetryAfter } from './api-error';
import { CSRF_HEADER, getCsrfToken } from './csrf';

export const API_BASE = '/api/v1';

export type QueryValue = string | number | boolean | null | undefined;
export type QueryParams = Readonly<Record<string, QueryValue>>;

/** Builds `path?query`, leaving out empty values so that the server applies its defaults. */
export function buildApiUrl(path: string, params: QueryParams = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null) continue;
    const text = String(value).trim();
    if (text !== '') search.set(key, text);
  }
  const query = search.toString();
  return `${API_BASE}${path}${query ? `?${query}` : ''}`;
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return null;
  }
}

const unauthorizedListeners = new Set<() => void>();

/**
 * Called on every 401 of the API: the session is gone (logged out elsewhere, expired), so whatever was kept
 * for it must go too — the offline copies of visits and tickets (issue 15, item 10). Returns the removal.
 */
export function onUnauthorized(listener: () => void): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

/** Methods that change state: each carries the session's CSRF token. */
export type MutationMethod = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

async function request(url: string, init: RequestInit, signal?: AbortSignal): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, credentials: 'same-origin', signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(0, null);
  }
  if (!response.ok) {
    if (response.status === 401) for (const listener of unauthorizedListeners) listener();
    const body = await readJson(response);
    throw new ApiError(
      response.status,
      parseProblem(body),
      parseRetryAfter(response.headers.get('Retry-After')),
      body,
    );
  }
  return response;
}

/** GET a JSON resource of the API; rejects with `ApiError` on any failure. */
export async function apiGet<T>(path: string, params?: QueryParams, signal?: AbortSignal): Promise<T> {
  const response = await request(
    buildApiUrl(path, params),
    { headers: { Accept: 'application/json' } },
    signal,
  );
  return (await response.json()) as T;
}

/**
 * A state-changing request with an optional JSON body. Sends the session's CSRF token (see `csrf.ts`);
 * resolves with the parsed JSON answer, or `undefined` for an answer without a body (204, 202 without
 * content). Rejects with `ApiError` on any failure.
 */
export async function apiSend<T = void>(
  method: MutationMethod,
  path: string,
  body?: unknown,
  signal?: AbortSignal,
  /** Extra request headers, e.g. `Idempotency-Key` of a booking. */
  extraHeaders: Readonly<Record<string, string>> = {},
): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', ...extraHeaders };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const token = getCsrfToken();
  if (token) headers[CSRF_HEADER] = token;
  const response = await request(
    buildApiUrl(path),
    { method, headers, body: body === undefined ? undefined : JSON.stringify(body) },
    signal,
  );
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text === '' ? undefined : JSON.parse(text)) as T;
}
