import type { AnalyticsRollupRepository } from '@talon/core/analytics';
import { sql } from 'drizzle-orm';
import type { Database } from '../../client';
import { queryRows } from '../../sql';
import { FIGURE_COLUMNS, KEY_COLUMNS, liveDailySql } from './load-daily.repository';

/** Serializes rollup runs (two workers, a manual run beside the nightly one): a day is replaced by one at a time. */
const ROLLUP_LOCK_ID = 7_401_300_013;

const ALL = { organizationIds: null } as const;

/** The daily rollup of the load report (`analytics_daily`), written by the `analytics.rollup` job. */
export function createAnalyticsRollupRepository(db: Database): AnalyticsRollupRepository {
  return {
    async closedThrough() {
      const [row] = await queryRows<{ day: string }>(
        db,
        sql`select to_char(closed_through, 'YYYY-MM-DD') as day from analytics_rollup_state`,
      );
      return row?.day ?? null;
    },

    async earliestDay() {
      // A clinic-local day is at most one day before the UTC date in any zone (down to UTC−12).
      const [row] = await queryRows<{ day: string | null }>(
        db,
        sql`select to_char(least((select min(starts_at) from slots), (select min(starts_at) from appointments))
            at time zone 'UTC' - interval '1 day', 'YYYY-MM-DD') as day`,
      );
      return row?.day ?? null;
    },

    async replaceDays(range) {
      // Delete and insert in one transaction: a day's rows are replaced whole (rows that vanished included),
      // so a repeated run writes the same rows and a reader sees either the old day or the new one.
      return db.transaction(async (tx) => {
        await tx.execute(sql`select pg_advisory_xact_lock(${ROLLUP_LOCK_ID})`);
        await tx.execute(
          sql`delete from analytics_daily where day between ${range.from}::date and ${range.to}::date`,
        );
        const columns = sql.raw([...KEY_COLUMNS, ...FIGURE_COLUMNS].join(', '));
        const inserted = await queryRows<{ n: number }>(
          tx,
          sql`with written as (
              insert into analytics_daily (${columns}) select ${columns} from (${liveDailySql(range, ALL)}) d
              returning 1)
            select count(*)::int as n from written`,
        );
        return inserted[0]?.n ?? 0;
      });
    },

    async setClosedThrough(day) {
      await db.execute(
        sql`insert into analytics_rollup_state (id, closed_through, updated_at) values (true, ${day}::date, now())
          on conflict (id) do update set closed_through = greatest(analytics_rollup_state.closed_through,
            excluded.closed_through), updated_at = now()`,
      );
    },
  };
}
