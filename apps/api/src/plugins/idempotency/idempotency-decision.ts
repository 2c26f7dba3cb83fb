/** What to do with a request whose `Idempotency-Key` was already seen (docs/domain.md rule 2, issue item 3). */
export type IdempotencyDecision =
  | { kind: 'mismatch' }
  | { kind: 'in_flight' }
  | { kind: 'replay'; status: number; text: string };

/**
 * The same key with a different request is a client bug (422); the same request while the first is still
 * running must not run twice (409, retry shortly); a finished one is answered as it was the first time.
 */
export function decideRepeat(
  stored: {
    fingerprint: string;
    state: 'in_flight' | 'done';
    responseStatus: number | null;
    /** The first answer's body as JSON text. */
    responseText: string | null;
  },
  fingerprint: string,
): IdempotencyDecision {
  if (stored.fingerprint !== fingerprint) return { kind: 'mismatch' };
  if (stored.state === 'in_flight' || stored.responseStatus === null) return { kind: 'in_flight' };
  return { kind: 'replay', status: stored.responseStatus, text: stored.responseText ?? '' };
}

/** JSON with object keys sorted, so `{a,b}` and `{b,a}` are the same request. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}
