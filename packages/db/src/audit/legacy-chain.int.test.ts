import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate as migratePostgres } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../client';
import { migrateDatabase } from '../migrate';
import { createAuditRepository } from '../repositories/audit.repository';
import { queryRows } from '../sql';
import { createAuditChainer, readChainHead } from './audit-chainer';
import { verifyAuditChain } from './verify-audit-chain';

const isPostgres = process.env.TEST_DB === 'postgres';
const key = Buffer.alloc(32, 51);
const migrations = fileURLToPath(new URL('../../migrations', import.meta.url));
/** The migrations before the keyed chain: 0000 … 0013. */
const BEFORE_KEYED_CHAIN = 14;

let handle: DatabaseHandle;
let dropDatabase = async () => {};
let olderRelease: string;

/** A copy of the migrations folder as the release before the keyed chain shipped it. */
function olderMigrations(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'talon-migrations-'));
  const journal = JSON.parse(readFileSync(path.join(migrations, 'meta/_journal.json'), 'utf8')) as {
    entries: { tag: string }[];
  };
  journal.entries = journal.entries.slice(0, BEFORE_KEYED_CHAIN);
  mkdirSync(path.join(dir, 'meta'));
  writeFileSync(path.join(dir, 'meta/_journal.json'), JSON.stringify(journal));
  for (const { tag } of journal.entries)
    cpSync(path.join(migrations, `${tag}.sql`), path.join(dir, `${tag}.sql`));
  return dir;
}

beforeAll(async () => {
  olderRelease = olderMigrations();
  if (isPostgres) {
    const url = inject('postgresUrl');
    const name = `talon_legacy_${Date.now()}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const dbUrl = new URL(url);
    dbUrl.pathname = `/${name}`;
    handle = await openDatabase({ kind: 'postgres', url: dbUrl.toString(), poolMax: 2 });
    dropDatabase = async () => {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    };
    await migratePostgres(handle.db as unknown as NodePgDatabase, { migrationsFolder: olderRelease });
  } else {
    handle = await openDatabase({ kind: 'pglite', dataDir: 'memory://' });
    await migratePglite(handle.db as unknown as PgliteDatabase, { migrationsFolder: olderRelease });
  }
});

afterAll(async () => {
  await handle?.close();
  await dropDatabase();
  rmSync(olderRelease, { recursive: true, force: true });
});

describe(`the SHA-256 chain of an earlier release on ${process.env.TEST_DB}`, () => {
  it('still verifies after the upgrade, and the keyed chain continues from its head', async () => {
    // Written by the release before: its trigger numbered and hashed them under its lock.
    for (let i = 0; i < 5; i++) {
      await handle.db.execute(
        sql`insert into audit_events (action, outcome, details) values ('auth.login', 'success', ${JSON.stringify({ i })}::jsonb)`,
      );
    }
    await migrateDatabase(handle);

    const head = await readChainHead(handle.db);
    const [legacyHead] = await queryRows<{ hash: string }>(
      handle.db,
      sql`select hash from audit_events where seq = 5`,
    );
    expect(head).toEqual({ seq: 5, hash: legacyHead?.hash });
    expect(await verifyAuditChain(handle.db, key)).toMatchObject({ ok: true, count: 5, legacyCount: 5 });

    await createAuditRepository(handle.db).record({ action: 'record.read', outcome: 'success' });
    await createAuditChainer(handle.db, key).chainNow();
    expect(await verifyAuditChain(handle.db, key)).toMatchObject({
      ok: true,
      count: 6,
      legacyCount: 5,
      head: { seq: 6 },
    });
  });

  it('still names an altered entry of the older chain', async () => {
    await handle.db.execute(sql.raw('alter table audit_events disable trigger audit_events_append_only'));
    await handle.db.execute(sql`update audit_events set action = 'auth.logout' where seq = 3`);
    expect((await verifyAuditChain(handle.db, key)).problem).toMatchObject({ kind: 'hash_mismatch', seq: 3 });
    await handle.db.execute(sql`update audit_events set action = 'auth.login' where seq = 3`);
    await handle.db.execute(sql.raw('alter table audit_events enable trigger audit_events_append_only'));
    expect((await verifyAuditChain(handle.db, key)).ok).toBe(true);
  });
});
