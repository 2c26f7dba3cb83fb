import { type SQL, sql } from 'drizzle-orm';

/** An instant as a `timestamptz` parameter (sent as ISO text, so no driver guesses its zone). */
export const instant = (at: Date): SQL => sql`${at.toISOString()}::timestamptz`;

/** A list of uuid parameters for `in (…)`; the caller makes sure it is not empty. */
export const uuidList = (ids: readonly string[]): SQL =>
  sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );

/** A text[] literal built from parameters; `'{}'` when empty (an empty `array[]` has no type). */
export const textArray = (values: readonly string[]): SQL =>
  values.length === 0
    ? sql`'{}'::text[]`
    : sql`array[${sql.join(
        values.map((value) => sql`${value}`),
        sql`, `,
      )}]::text[]`;
