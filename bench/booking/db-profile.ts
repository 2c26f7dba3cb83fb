import type pg from 'pg';

/** One statement's share of the database time of a phase (pg_stat_statements). */
export interface StatementTime {
  query: string;
  calls: number;
  meanMs: number;
  totalMs: number;
}

/** Starts a phase: forget the statement statistics so far. */
export async function resetStatements(pool: pg.Pool): Promise<void> {
  await pool.query('select pg_stat_statements_reset()');
}

/**
 * The statements that took the most database time since the last reset, the benchmark's own set-up and
 * checks left out: where the server's time in PostgreSQL went during an HTTP phase.
 */
export async function topStatements(
  pool: pg.Pool,
  limit = 8,
  by: 'time' | 'calls' = 'time',
): Promise<StatementTime[]> {
  const { rows } = await pool.query<{ query: string; calls: string; mean: number; total: number }>(
    `select regexp_replace(query, '\\s+', ' ', 'g') as query, calls, mean_exec_time as mean,
       total_exec_time as total
     from pg_stat_statements
     where query not ilike '%pg_stat_statements%' and query not ilike '%bench_%'
     order by ${by === 'calls' ? 'calls' : 'total_exec_time'} desc limit $1`,
    [limit],
  );
  return rows.map((r) => ({
    query: r.query.slice(0, 160),
    calls: Number(r.calls),
    meanMs: Number(r.mean.toFixed(3)),
    totalMs: Math.round(r.total),
  }));
}

/** The mean time of the statements whose text contains `fragment` since the last reset, null if none ran. */
export async function statementMeanMs(pool: pg.Pool, fragment: string): Promise<number | null> {
  const { rows } = await pool.query<{ mean: number | null }>(
    `select sum(total_exec_time) / nullif(sum(calls), 0) as mean from pg_stat_statements
     where query ilike $1 and query not ilike '%pg_stat_statements%'`,
    [`%${fragment}%`],
  );
  const mean = rows[0]?.mean;
  return mean === null || mean === undefined ? null : Number(Number(mean).toFixed(3));
}
