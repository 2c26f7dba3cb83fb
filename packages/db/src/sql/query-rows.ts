import type { SQL } from 'drizzle-orm';
import type { Database } from '../client';

/**
 * Runs a raw statement and returns its rows; both drivers answer with `{ rows }`. For the statements the
 * query builder cannot say as well (CTEs, LATERAL, UNION, window functions, the claims under SKIP LOCKED).
 * Type `Row` from the schema (`RawRow` in `./raw-row`), declared beside the one mapper that reads it; leave it
 * out when only the number of rows matters.
 */
export async function queryRows<Row = unknown>(db: Pick<Database, 'execute'>, query: SQL): Promise<Row[]> {
  const result = (await db.execute(query)) as unknown as { rows: Row[] };
  return result.rows;
}
