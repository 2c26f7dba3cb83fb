/**
 * A broken business rule. Each module documents its codes in one enum-like object; the API maps a code to
 * an HTTP status and a Russian explanation in one table, so domain code never speaks HTTP.
 */
/** One invalid input field: `field` is a request path such as `body.snils`. */
export interface FieldError {
  field: string;
  message: string;
  code?: string;
}

export class DomainError<Code extends string = string> extends Error {
  constructor(
    readonly code: Code,
    readonly options: {
      /** Request field the error is about, e.g. `query.region`. */
      field?: string;
      /** Values the message template needs (never personal data). */
      params?: Record<string, string | number>;
      /** Several invalid fields at once (a form), each with its own Russian message. */
      fieldErrors?: readonly FieldError[];
      /** For refusals that end by themselves (throttling, cool-downs): when to try again. */
      retryAfterSeconds?: number;
      /** Extra members of the problem answer (RFC 9457 extensions), e.g. the alternatives of `SLOT_TAKEN`. */
      extensions?: Record<string, unknown>;
    } = {},
  ) {
    super(code);
    this.name = 'DomainError';
  }
}

export const isDomainError = (error: unknown): error is DomainError => error instanceof DomainError;
