import type { ApiSchema } from './api-types';

type TProblem = ApiSchema<'Problem'>;

/**
 * A failed API call. `problem` is the RFC 9457 body when the server sent one (its `detail` is Russian text
 * meant for the user); `status` is 0 when the request never got an answer (offline, DNS, aborted proxy).
 */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: TProblem | null;
  /** Seconds to wait before trying again, from the `Retry-After` header of a 429 or 503; null without one. */
  readonly retryAfterSeconds: number | null;
  /** The problem body as sent, for extension members such as `SLOT_TAKEN`'s `alternatives`. */
  readonly body: unknown;

  constructor(
    status: number,
    problem: TProblem | null,
    retryAfterSeconds: number | null = null,
    body: unknown = null,
  ) {
    super(problem?.detail ?? (status === 0 ? 'Network error' : `HTTP ${status}`));
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
    this.body = body;
  }

  /** The stable error code of the problem (`CODE_INVALID`), or null when the server sent none. */
  get code(): string | null {
    return this.problem?.code ?? null;
  }

  get isNotFound(): boolean {
    return this.status === 404;
  }

  /** Worth trying again: the network or the server failed, not the request itself. */
  get isRetryable(): boolean {
    return this.status === 0 || this.status === 408 || this.status === 429 || this.status >= 500;
  }
}

/** Accepts a body as a problem only when it has the fields the UI relies on. */
export function parseProblem(body: unknown): TProblem | null {
  if (typeof body !== 'object' || body === null) return null;
  const candidate = body as Partial<Record<keyof TProblem, unknown>>;
  if (typeof candidate.detail !== 'string' || candidate.detail.trim() === '') return null;
  if (typeof candidate.status !== 'number') return null;
  return {
    type: typeof candidate.type === 'string' ? candidate.type : 'about:blank',
    title: typeof candidate.title === 'string' ? candidate.title : '',
    status: candidate.status,
    detail: candidate.detail,
    code: typeof candidate.code === 'string' ? candidate.code : 'UNKNOWN',
    errors: Array.isArray(candidate.errors) ? (candidate.errors as TProblem['errors']) : undefined,
  };
}

/**
 * Messages of the invalid fields of a request body, by field name: `body.snils` → `snils`. Other locations
 * (`query.*`, `params.*`) are not fields of a form and are left out; the first message of a field wins.
 */
export function bodyFieldErrors(error: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  if (!(error instanceof ApiError)) return result;
  for (const item of error.problem?.errors ?? []) {
    if (!item.field.startsWith('body.')) continue;
    const name = item.field.slice('body.'.length);
    if (name !== '' && !(name in result)) result[name] = item.message;
  }
  return result;
}

/**
 * `Retry-After` as seconds: either a number of seconds or an HTTP date (RFC 9110 §10.2.3). Anything else,
 * or a moment already past, gives null.
 */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | null {
  if (value === null || value.trim() === '') return null;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text);
  const at = Date.parse(text);
  if (Number.isNaN(at)) return null;
  const seconds = Math.ceil((at - now) / 1000);
  return seconds > 0 ? seconds : null;
}
