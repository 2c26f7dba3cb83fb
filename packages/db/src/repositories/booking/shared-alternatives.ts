import type { BookingRepository } from '@talon/core/booking';

type Alternatives = BookingRepository['alternatives'];

/**
 * How long one slot's alternatives are shared. At a hot slot hundreds of losers ask for the same five
 * alternatives within a second (docs/benchmarks.md, finding 3); a second-old list is as good as a fresh one,
 * since any alternative may be taken the moment after it is offered anyway.
 */
export const ALTERNATIVES_TTL_MS = 1_000;
const MAX_ENTRIES = 1_000;

/**
 * Shares the alternatives of a slot (for a channel and a limit) among the refusals of about one second:
 * the first caller's query answers everyone who asks while it is fresh, including those who ask while it is
 * still running. A failed query is not kept.
 */
export function sharedAlternatives(
  now: () => number = Date.now,
  ttlMs = ALTERNATIVES_TTL_MS,
): (compute: Alternatives) => Alternatives {
  const entries = new Map<string, { until: number; answer: ReturnType<Alternatives> }>();
  return (compute) => (slot, channel, earliest, limit) => {
    const at = now();
    const key = `${slot.id} ${channel} ${limit}`;
    const kept = entries.get(key);
    if (kept && kept.until > at) return kept.answer;
    if (entries.size >= MAX_ENTRIES) {
      for (const [k, entry] of entries) if (entry.until <= at) entries.delete(k);
      if (entries.size >= MAX_ENTRIES) entries.clear();
    }
    const answer = compute(slot, channel, earliest, limit);
    entries.set(key, { until: at + ttlMs, answer });
    answer.catch(() => {
      if (entries.get(key)?.answer === answer) entries.delete(key);
    });
    return answer;
  };
}
