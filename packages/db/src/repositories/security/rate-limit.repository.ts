import { sql } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import { rateLimitCounters } from '../../schema';
import { instant, queryRows } from '../../sql';
import { retryAfterSeconds, type WindowLimit, type WindowVerdict, windowOf } from './sliding-window';

export type { WindowLimit, WindowVerdict } from './sliding-window';

export type RateLimitRepository = ReturnType<typeof createRateLimitRepository>;

/**
 * Rate limits shared by every server process (issue 15, item 4; issue 16): counters in
 * `rate_limit_counters`, one round trip per check. The statement counts the hit only when the sliding-window
 * estimate stays within the limit; the condition is evaluated on the locked row of the upsert, so parallel
 * requests, in one process or many, never get past the limit together. Refused hits are not counted.
 */
export function createRateLimitRepository(db: DbExecutor) {
  return {
    async hit(key: string, limit: WindowLimit, at: Date): Promise<WindowVerdict> {
      const window = windowOf(at, limit.windowSeconds);
      const expiresAt = new Date(window.start.getTime() + 2 * limit.windowSeconds * 1000);
      const weight = window.previousWeight;
      const [row] = await queryRows<{ hits: number | null; current: number; previous: number }>(
        db,
        sql`
          with previous as (
            select coalesce((select hits from ${rateLimitCounters}
              where key = ${key} and window_start = ${instant(window.previousStart)}), 0) as hits
          ),
          current as (
            select coalesce((select hits from ${rateLimitCounters}
              where key = ${key} and window_start = ${instant(window.start)}), 0) as hits
          ),
          counted as (
            insert into ${rateLimitCounters} as c (key, window_start, hits, expires_at)
            select ${key}, ${instant(window.start)}, 1, ${instant(expiresAt)} from previous
            where 1 + previous.hits * ${weight}::float8 <= ${limit.max}
            on conflict (key, window_start) do update set hits = c.hits + 1
            where c.hits + 1 + (select hits from previous) * ${weight}::float8 <= ${limit.max}
            returning c.hits
          )
          select (select hits from counted) as hits, (select hits from current) as current,
            (select hits from previous) as previous`,
      );
      const hits = row?.hits === null || row?.hits === undefined ? null : Number(row.hits);
      if (hits !== null) {
        const estimate = hits + Number(row?.previous ?? 0) * weight;
        return { allowed: true, remaining: Math.max(0, Math.floor(limit.max - estimate)) };
      }
      const counts = { current: Number(row?.current ?? 0), previous: Number(row?.previous ?? 0) };
      return { allowed: false, retryAfterSeconds: retryAfterSeconds(limit, counts, at) };
    },

    /** Deletes the counters of windows that can no longer matter; returns how many. */
    async purgeExpired(now: Date): Promise<number> {
      const rows = await queryRows(
        db,
        sql`delete from ${rateLimitCounters} where expires_at <= ${instant(now)} returning 1`,
      );
      return rows.length;
    },
  };
}
