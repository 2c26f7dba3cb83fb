/**
 * A broken business rule. Each module documents its codes in one enum-like object; the API maps a code to
 * an HTTP status and a Russian explanation in one table, so domain code never speaks HTTP.
 */
export class DomainError<Code extends string = string> extends Error {
  constructor(
    readonly code: Code,
    readonly options: {
      /** Request field the error is about, e.g. `query.region`. */
      field?: string;
      /** Values the message template needs (never personal data). */
      params?: Record<string, string | number>;
    } = {},
  ) {
    super(code);
    this.name = 'DomainError';
  }
}

export const isDomainError = (error: unknown): error is DomainError => error instanceof DomainError;
