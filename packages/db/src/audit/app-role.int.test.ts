import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../client';
import { grantAppRole, migrateDatabase } from '../migrate';
import { createQueue } from '../queue';
import { createAuditRepository } from '../repositories/audit.repository';
import { accounts } from '../schema';
import { createAuditChainer } from './audit-chainer';
import { verifyAuditChain } from './verify-audit-chain';

const isPostgres = process.env.TEST_DB === 'postgres';
const key = Buffer.alloc(32, 61);

/**
 * The documented PostgreSQL setup (docs/identity.md «Audit log»): migrations run as the owner of the tables,
 * the application connects as a role that may only SELECT and INSERT the audit log and its chain — so not
 * even a compromised application can rewrite or cut it, nor switch its triggers off. PostgreSQL only: PGlite
 * has a single user, and there the triggers alone refuse changes (audit-verify.int.test.ts).
 */
describe.runIf(isPostgres)('the application role on PostgreSQL', () => {
  const suffix = randomBytes(4).toString('hex');
  const owner = `talon_owner_${suffix}`;
  const appRole = `talon_app_${suffix}`;
  const name = `talon_roles_${suffix}`;
  let admin: pg.Client;
  let asOwner: DatabaseHandle;
  let asApp: DatabaseHandle;

  const urlFor = (user: string) => {
    const url = new URL(inject('postgresUrl'));
    url.username = user;
    url.pathname = `/${name}`;
    return url.toString();
  };

  /** The database error behind the ORM's wrapper. */
  const failure = async (statement: string) => {
    try {
      await asApp.db.execute(sql.raw(statement));
    } catch (error) {
      const cause = (error as { cause?: unknown }).cause;
      return cause instanceof Error ? cause.message : (error as Error).message;
    }
    return 'no error';
  };

  beforeAll(async () => {
    admin = new pg.Client({ connectionString: inject('postgresUrl') });
    await admin.connect();
    await admin.query(`create role ${owner} login`);
    await admin.query(`create role ${appRole} login`);
    await admin.query(`create database ${name} owner ${owner}`);
    asOwner = await openDatabase({ kind: 'postgres', url: urlFor(owner), poolMax: 2 });
    await migrateDatabase(asOwner);
    await grantAppRole(asOwner, appRole);
    asApp = await openDatabase({ kind: 'postgres', url: urlFor(appRole), poolMax: 3 });
  });

  afterAll(async () => {
    await asApp?.close();
    await asOwner?.close();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.query(`drop role if exists ${appRole}`);
    await admin.query(`drop role if exists ${owner}`);
    await admin.end();
  });

  it('starts as the application: nothing to migrate, the job queue in a schema of its own', async () => {
    await migrateDatabase(asApp);
    const queue = await createQueue(asApp);
    await queue.createQueue('roles.test', { name: 'roles.test' });
    await queue.stop({ graceful: false, wait: true, close: false });
    const [row] = await asApp.db
      .insert(accounts)
      .values({ displayName: 'Пациент' })
      .returning({ id: accounts.id });
    expect(row?.id).toBeTruthy();
  });

  it('lets the application write and chain audit entries, and verify them', async () => {
    const audit = createAuditRepository(asApp.db);
    for (let i = 0; i < 3; i++) await audit.record({ action: 'record.read', outcome: 'success' });
    expect(await createAuditChainer(asApp.db, key).chainNow()).toBe(3);
    expect(await verifyAuditChain(asApp.db, key)).toMatchObject({ ok: true, count: 3 });
  });

  it('refuses the application any UPDATE, DELETE or TRUNCATE of the log and its chain, by privilege', async () => {
    for (const table of ['audit_events', 'audit_chain']) {
      expect(await failure(`update ${table} set seq = seq where seq = 1`)).toBe(
        `permission denied for table ${table}`,
      );
      expect(await failure(`delete from ${table} where seq = 1`)).toBe(
        `permission denied for table ${table}`,
      );
      expect(await failure(`truncate ${table}`)).toBe(`permission denied for table ${table}`);
      // Not the owner: it cannot switch the append-only triggers off either.
      expect(await failure(`alter table ${table} disable trigger user`)).toBe(
        `must be owner of table ${table}`,
      );
    }
    expect(await failure(`select setval('audit_events_seq', 1)`)).toMatch(/permission denied for sequence/);
    expect((await verifyAuditChain(asApp.db, key)).ok).toBe(true);
  });
});
