/** Request groups the status page rates: every API route, and the booking routes (`rateLimit: 'booking'`). */
export type RequestGroup = 'api' | 'booking';

const MINUTE_MS = 60_000;
/** Minutes kept: the longest window asked for. */
const KEPT_MINUTES = 60;

interface Bucket {
  minute: number;
  total: number;
  failed: number;
}

/**
 * Recent answers of this process per group in one-minute buckets (a ring of `KEPT_MINUTES`), so the status
 * page reads a window's 5xx rate in O(minutes) with bounded memory, without parsing the Prometheus registry.
 * Per process, like the rate limits: each API process reports what it served.
 */
export function createRecentRequests(now: () => number = Date.now) {
  const rings: Record<RequestGroup, Bucket[]> = { api: [], booking: [] };
  const bucketOf = (group: RequestGroup, minute: number) => {
    const ring = rings[group];
    const slot = minute % KEPT_MINUTES;
    let bucket = ring[slot];
    if (!bucket || bucket.minute !== minute) {
      bucket = { minute, total: 0, failed: 0 };
      ring[slot] = bucket;
    }
    return bucket;
  };
  return {
    record(group: RequestGroup, status: number) {
      const bucket = bucketOf(group, Math.floor(now() / MINUTE_MS));
      bucket.total += 1;
      if (status >= 500) bucket.failed += 1;
    },
    /** Answers of the last `minutes` minutes (the current one included) and how many were 5xx. */
    counts(group: RequestGroup, minutes: number) {
      const current = Math.floor(now() / MINUTE_MS);
      let total = 0;
      let failed = 0;
      for (const bucket of rings[group]) {
        if (bucket && current - bucket.minute < Math.min(minutes, KEPT_MINUTES)) {
          total += bucket.total;
          failed += bucket.failed;
        }
      }
      return { total, failed };
    },
  };
}

export type RecentRequests = ReturnType<typeof createRecentRequests>;
