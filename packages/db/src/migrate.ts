import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate as migratePostgres } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { DatabaseHandle } from './client';
import { syncReferenceData } from './reference/sync-reference-data';
import { queryRows } from './sql';

const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url));
// Any constant works; it only has to be the same for every process of this installation.
const MIGRATION_LOCK_ID = 0x7a10;

function expectedMigrationCount(): number {
  const journal = JSON.parse(readFileSync(`${migrationsFolder}/meta/_journal.json`, 'utf8')) as {
    entries: unknown[];
  };
  return journal.entries.length;
}

/**
 * Applies the committed SQL migrations, then brings the reference data (regions, specialties) up to date.
 * On PostgreSQL an advisory lock makes several starting processes take turns instead of racing. When every
 * migration is already applied nothing is run: the application's own role (docs/identity.md «Audit log»)
 * may not create anything, and need not.
 */
export async function migrateDatabase(handle: DatabaseHandle): Promise<void> {
  if (await isMigrated(handle)) {
    await syncReferenceData(handle.db);
    return;
  }
  if (handle.kind === 'pglite') {
    await migratePglite(handle.db as unknown as PgliteDatabase, { migrationsFolder });
  } else {
    await handle.db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${MIGRATION_LOCK_ID})`);
      await migratePostgres(tx as unknown as NodePgDatabase, { migrationsFolder });
    });
  }
  await syncReferenceData(handle.db);
}

/** True when every committed migration has been applied (the `/ready` check); false on an empty database. */
export async function isMigrated(handle: DatabaseHandle): Promise<boolean> {
  const [table] = await queryRows<{ exists: boolean }>(
    handle.db,
    sql`select to_regclass('drizzle.__drizzle_migrations') is not null as exists`,
  );
  if (!table?.exists) return false;
  const [row] = await queryRows<{ count: number }>(
    handle.db,
    sql`select count(*)::int as count from drizzle.__drizzle_migrations`,
  );
  return Number(row?.count ?? 0) >= expectedMigrationCount();
}

/**
 * PostgreSQL with separate roles: lets `appRole` use the application's tables but only SELECT and INSERT
 * the audit log and its chain (`talon_grant_app_role` of migration 0015). Run as the tables' owner after
 * migrating (`npm run migrate` with DB_APP_ROLE).
 */
export async function grantAppRole(handle: DatabaseHandle, appRole: string): Promise<void> {
  await handle.db.execute(sql`select talon_grant_app_role(${appRole})`);
}
