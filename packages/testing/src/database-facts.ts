import { type Database, queryRows, schema } from '@talon/db';
import { desc, eq, sql } from 'drizzle-orm';

/** The name of the database a handle is connected to (to open a second "server process" on it). */
export async function currentDatabaseName(db: Database): Promise<string> {
  const [row] = await queryRows<{ name: string }>(db, sql`select current_database() as name`);
  return row!.name;
}

/** PostgreSQL only: kills the sessions with this application name on the current database (a lost link). */
export async function terminateSessions(db: Database, applicationName: string) {
  await queryRows(
    db,
    sql`select pg_terminate_backend(pid) from pg_stat_activity
        where application_name = ${applicationName} and datname = current_database()`,
  );
}

/** PostgreSQL only: keeps one pool connection busy for `ms` (a long transaction). */
export async function occupyConnection(db: Database, ms: number) {
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_sleep(${ms / 1000})`);
  });
}

/** The newest audit entry of an action. */
export async function lastAuditEntry(db: Database, action: string) {
  const [entry] = await db
    .select()
    .from(schema.auditEvents)
    .where(eq(schema.auditEvents.action, action))
    .orderBy(desc(schema.auditEvents.seq))
    .limit(1);
  return entry ?? null;
}

/** The accounts holding a patient card (none for a walk-in registered by the desk). */
export function accountsOfPatient(db: Database, patientId: string) {
  return db.select().from(schema.accounts).where(eq(schema.accounts.patientId, patientId));
}
