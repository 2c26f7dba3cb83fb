import type { DbExecutor } from '@talon/db';
import { sql } from 'drizzle-orm';

/** Rows as the database holds them (`row_to_json`: column names, values as stored), for at-rest checks. */
export async function storedRows(
  db: DbExecutor,
  table: string,
  where: { column: string; value: string },
): Promise<Record<string, unknown>[]> {
  const result = await db.execute(
    sql`select row_to_json(x)::text as text from ${sql.identifier(table)} x
        where ${sql.identifier(where.column)}::text = ${where.value}`,
  );
  return (result as unknown as { rows: { text: string }[] }).rows.map(
    (r) => JSON.parse(r.text) as Record<string, unknown>,
  );
}

/** Writes one column of a row directly, as a person with database access could (a copied ciphertext). */
export async function setStoredColumn(
  db: DbExecutor,
  table: string,
  column: string,
  value: string | null,
  where: { column: string; value: string },
): Promise<void> {
  await db.execute(
    sql`update ${sql.identifier(table)} set ${sql.identifier(column)} = ${value}
        where ${sql.identifier(where.column)}::text = ${where.value}`,
  );
}

/**
 * What a superuser with psql can do to the audit log: switch its append-only triggers off, run the
 * statements, switch them on again.
 */
export async function tamperWithAuditLog(db: DbExecutor, statements: readonly string[]): Promise<void> {
  const triggers = [
    'audit_events disable trigger audit_events_append_only',
    'audit_chain disable trigger audit_chain_append_only',
  ];
  for (const t of triggers) await db.execute(sql.raw(`alter table ${t}`));
  try {
    for (const statement of statements) await db.execute(sql.raw(statement));
  } finally {
    for (const t of triggers) await db.execute(sql.raw(`alter table ${t.replace('disable', 'enable')}`));
  }
}
