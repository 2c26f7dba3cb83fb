import { sql } from 'drizzle-orm';
import type { PgSequence } from 'drizzle-orm/pg-core';
import type { Database } from '../client';
import { queryRows } from './query-rows';

/** The next number of `sequence` (a document's running number): taken outside any lock, never reused. */
export async function nextValue(db: Pick<Database, 'execute'>, sequence: PgSequence): Promise<number> {
  const [row] = await queryRows<{ value: string | number }>(
    db,
    sql`select nextval(${sequence.seqName}) as value`,
  );
  return Number(row?.value);
}
