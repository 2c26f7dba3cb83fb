import type { TProblem } from '@talon/contracts';

/**
 * A failed API call. `problem` is the RFC 9457 body when the server sent one (its `detail` is Russian text
 * meant for the user); `status` is 0 when the request never got an answer (offline, DNS, aborted proxy).
 */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: TProblem | null;

  constructor(status: number, problem: TProblem | null) {
    super(problem?.detail ?? (status === 0 ? 'Network error' : `HTTP ${status}`));
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
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
