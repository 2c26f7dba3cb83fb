import { ApiError, bodyFieldErrors } from '../../shared/api-client';

/**
 * Errors of a submitted form by field: the `errors[]` of a 400 (`body.snils` → `snils`) and, for codes
 * that concern one field (`SNILS_ALREADY_REGISTERED` → `snils`), the problem's `detail`. Fields the form
 * does not have are left out; the caller shows the problem as a whole when nothing is left.
 */
export function fieldErrorsOf<F extends string>(
  error: unknown,
  fields: readonly F[],
  codeFields: Readonly<Record<string, F>> = {},
): Partial<Record<F, string>> {
  const result: Partial<Record<F, string>> = {};
  const byField = bodyFieldErrors(error);
  for (const field of fields) {
    const message = byField[field];
    if (message) result[field] = message;
  }
  if (error instanceof ApiError && error.problem) {
    const field = codeFields[error.problem.code];
    if (field && !result[field]) result[field] = error.problem.detail;
  }
  return result;
}

/** Whole minutes to wait before trying again (at least one), from `Retry-After`; null without it. */
export function retryAfterMinutes(error: unknown): number | null {
  if (!(error instanceof ApiError) || error.retryAfterSeconds === null) return null;
  return Math.max(1, Math.ceil(error.retryAfterSeconds / 60));
}

/** The stable code of a failed request, or null. */
export const errorCode = (error: unknown): string | null => (error instanceof ApiError ? error.code : null);
