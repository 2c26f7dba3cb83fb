import createClient, { type Middleware } from 'openapi-fetch';
import { ApiError, parseProblem, parseRetryAfter } from './api-error';
import type { paths } from './api-schema';
import { serializeQuery } from './api-url';
import { CSRF_HEADER, getCsrfToken } from './csrf';
import { inlineAnswer } from './inline-answers';
import { waitingRoomRules } from './waiting-room-rules';

/** Methods that read: every other one changes state and carries the session's CSRF token. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

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

/**
 * Talon's rules for every call: the CSRF token of the session on a state-changing request (docs/domain.md rule 15);
 * a failed answer thrown as `ApiError` with its problem+json and `Retry-After`; no answer at all (offline,
 * DNS, a proxy that hung up) thrown as `ApiError` with status 0. An aborted call (TanStack Query cancels
 * what is no longer shown) keeps its own `AbortError`.
 */
const talonRules: Middleware = {
  onRequest({ request }) {
    const token = getCsrfToken();
    if (token && !SAFE_METHODS.has(request.method)) request.headers.set(CSRF_HEADER, token);
    return request;
  },
  async onResponse({ response }) {
    if (response.ok) return undefined;
    if (response.status === 401) for (const listener of unauthorizedListeners) listener();
    const body = await readJson(response);
    throw new ApiError(
      response.status,
      parseProblem(body),
      parseRetryAfter(response.headers.get('Retry-After')),
      body,
    );
  },
  onError({ request, error }) {
    if (request.signal.aborted) return error instanceof Error ? error : undefined;
    return new ApiError(0, null);
  },
};

/**
 * A client of the API typed from its OpenAPI document (`api-schema.d.ts`, `npm run api:types`): paths,
 * parameters, bodies and answers are checked by the compiler. `baseUrl` is for tests (Node has no page to
 * resolve `/api/v1/…` against); the browser's client is `api`.
 */
export function createApiClient(options: { baseUrl?: string } = {}) {
  const client = createClient<paths>({
    baseUrl: options.baseUrl ?? '',
    credentials: 'same-origin',
    headers: { Accept: 'application/json' },
    querySerializer: serializeQuery,
    // Looked up on every call rather than kept from the start, like a plain `fetch(…)` would be. A GET the
    // server already answered inside the page (inline-answers.ts) is not asked again.
    fetch: (request) => inlineAnswer(request) ?? globalThis.fetch(request),
  });
  // Its answers are seen first (in reverse order of `use`): a refusal into the waiting room waits there.
  client.use(talonRules, waitingRoomRules);
  return client;
}

/**
 * The web app's API client: `api.GET('/api/v1/regions', { signal })`, `api.POST(path, { params, body })`.
 * A call that returns has succeeded (failures are thrown, see `talonRules`); `dataOf` takes its answer.
 */
export const api = createApiClient();

/**
 * The answer of a call of `api`. The client throws every failure, so `data` is there whenever the route
 * answers with content (a 204 resolves with undefined, typed so).
 */
export async function dataOf<T>(call: Promise<{ data?: T; response: Response }>): Promise<T> {
  const { data } = await call;
  return data as T;
}
