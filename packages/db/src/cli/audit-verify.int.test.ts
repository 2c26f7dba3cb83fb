import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createTestDatabase } from '@talon/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditChainer, readChainHead } from '../audit/audit-chainer';
import { writeAuditCheckpoint } from '../audit/audit-checkpoints';
import { verifyAuditChain } from '../audit/verify-audit-chain';
import type { DatabaseHandle } from '../client';
import { createAuditRepository } from '../repositories/audit.repository';
import { queryRows } from '../sql';
import { runAuditVerify } from './audit-verify-command';

const key = Buffer.alloc(32, 41);
let handle: DatabaseHandle;
let checkpointDir: string;

const record = async (count: number, from = 0) => {
  const audit = createAuditRepository(handle.db);
  for (let i = from; i < from + count; i++) {
    await audit.record({
      action: i % 2 ? 'record.read' : 'auth.login',
      outcome: 'success',
      actorAccountId: randomUUID(),
      subjectPatientId: randomUUID(),
      occurredAt: new Date(Date.UTC(2027, 0, 1, 8, i)),
      details: { i },
    });
  }
};

beforeAll(async () => {
  handle = await createTestDatabase();
  checkpointDir = mkdtempSync(path.join(tmpdir(), 'talon-checkpoints-'));
  await record(10);
  await createAuditChainer(handle.db, key).chainNow();
});

afterAll(async () => {
  await handle?.close();
  rmSync(checkpointDir, { recursive: true, force: true });
});

async function verify(options: { batchSize?: number; withCheckpoints?: boolean; now?: Date } = {}) {
  const lines: string[] = [];
  const code = await runAuditVerify(
    handle.db,
    key,
    { info: (line) => lines.push(line), error: (line) => lines.push(line) },
    {
      batchSize: options.batchSize,
      checkpointDir: options.withCheckpoints ? checkpointDir : null,
      now: options.now,
    },
  );
  return { code, text: lines.join('\n') };
}

/** What a superuser with psql can do: switch the append-only triggers off, change the tables, switch them on. */
async function byHand(...statements: string[]) {
  const triggers = [
    'audit_events disable trigger audit_events_append_only',
    'audit_events disable trigger audit_events_number',
    'audit_chain disable trigger audit_chain_append_only',
  ];
  for (const t of triggers) await handle.db.execute(sql.raw(`alter table ${t}`));
  try {
    for (const statement of statements) await handle.db.execute(sql.raw(statement));
  } finally {
    for (const t of triggers)
      await handle.db.execute(sql.raw(`alter table ${t.replace('disable', 'enable')}`));
  }
}

/** The database error behind the ORM's wrapper. */
async function failure(statement: string): Promise<string> {
  try {
    await handle.db.execute(sql.raw(statement));
  } catch (error) {
    const cause = (error as { cause?: unknown }).cause;
    return `${(error as Error).message} ${cause instanceof Error ? cause.message : ''}`;
  }
  return 'no error';
}

describe(`npm run audit:verify on ${process.env.TEST_DB}`, () => {
  it('reports an intact chain with its length, its head and exit code 0', async () => {
    const result = await verify();
    expect(result.code).toBe(0);
    expect(result.text).toMatch(
      /^audit chain intact: 10 entries\nlast linked entry: seq 10, hash [0-9a-f]{64}$/,
    );
  });

  it('refuses UPDATE, DELETE and TRUNCATE on the log and on its chain', async () => {
    for (const table of ['audit_events', 'audit_chain']) {
      expect(await failure(`update ${table} set seq = seq where seq = 3`)).toMatch(/append-only/);
      expect(await failure(`delete from ${table} where seq = 3`)).toMatch(/append-only/);
      expect(await failure(`truncate ${table}`)).toMatch(/append-only/);
    }
    expect((await verify()).code).toBe(0);
  });

  it('names the entry whose action was altered by hand, and is content again once it is restored', async () => {
    await byHand("update audit_events set action = 'auth.logout' where seq = 4");
    for (const batchSize of [undefined, 3]) {
      const result = await verify({ batchSize });
      expect(result.code).toBe(1);
      expect(result.text).toContain('audit chain BROKEN at seq 4 (2027-01-01T08:03:00.000Z, auth.logout)');
      expect(result.text).toContain('altered');
      expect(result.text).toContain('3 entries before it are intact');
    }
    await byHand("update audit_events set action = 'record.read' where seq = 4");
    expect((await verify()).code).toBe(0);
  });

  it('detects a link recomputed without the key (the database cannot forge one)', async () => {
    const [original] = await queryRows<{ hash: string }>(
      handle.db,
      sql`select hash from audit_chain where seq = 6`,
    );
    await byHand(
      "update audit_events set reason = 'edited' where seq = 6",
      `update audit_chain set hash = encode(sha256('forged'::bytea), 'hex') where seq = 6`,
    );
    expect((await verifyAuditChain(handle.db, key)).problem).toMatchObject({ kind: 'hash_mismatch', seq: 6 });
    await byHand(
      `update audit_events set reason = null where seq = 6`,
      `update audit_chain set hash = '${original?.hash}' where seq = 6`,
    );
    expect((await verify()).code).toBe(0);
  });

  it('detects an entry removed with or without its link', async () => {
    await byHand(
      'create table kept_entry as select * from audit_events where seq = 8',
      'delete from audit_events where seq = 8',
    );
    expect((await verifyAuditChain(handle.db, key, { batchSize: 2 })).problem).toMatchObject({
      kind: 'missing_entry',
      seq: 8,
      previousSeq: 7,
    });
    await byHand(
      'create table kept_link as select * from audit_chain where seq = 8',
      'delete from audit_chain where seq = 8',
    );
    const result = await verify();
    expect(result.code).toBe(1);
    expect(result.text).toContain('audit chain BROKEN at seq 9');
    expect(result.text).toContain('does not follow the one before it');
    await byHand(
      'insert into audit_events select * from kept_entry',
      'insert into audit_chain select * from kept_link',
      'drop table kept_entry',
      'drop table kept_link',
    );
    expect((await verify()).code).toBe(0);
  });

  it('detects an entry slipped in below the head without a link', async () => {
    // A rolled-back entry leaves number 11 unused: a gap the chain skips.
    await expect(
      handle.db.transaction(async (tx) => {
        await createAuditRepository(tx).record({ action: 'auth.login', outcome: 'success' });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    await record(1, 10);
    await createAuditChainer(handle.db, key).chainNow();
    expect((await verify()).code).toBe(0);
    await byHand("insert into audit_events (seq, action, outcome) values (11, 'auth.login', 'success')");
    expect((await verifyAuditChain(handle.db, key)).problem).toMatchObject({
      kind: 'unchained_entry',
      seq: 11,
    });
    expect((await verify()).text).toContain('audit chain BROKEN at seq 11');
    await byHand('delete from audit_events where seq = 11');
    expect((await verify()).code).toBe(0);
  });

  it('reports the entries not linked yet and the age of the oldest', async () => {
    await record(2, 11);
    const result = await verify({ now: new Date('2027-01-03T10:30:00Z') });
    expect(result.code).toBe(0);
    expect(result.text).toContain('not linked yet: 2 entries, the oldest 2 d 2 h old');
    await createAuditChainer(handle.db, key).chainNow();
    expect((await verify()).text).not.toContain('not linked yet');
  });

  it('detects the newest entries cut off, against the last signed checkpoint', async () => {
    const head = await readChainHead(handle.db);
    expect(await writeAuditCheckpoint(checkpointDir, key, head, new Date('2027-01-02T00:00:00Z'))).toMatch(
      /audit-checkpoint-0000000000000014\.json$/,
    );
    expect(await writeAuditCheckpoint(checkpointDir, key, head, new Date())).toBeNull();
    expect((await verify({ withCheckpoints: true })).text).toContain(
      'compared with the checkpoint of seq 14 written 2027-01-02T00:00:00.000Z',
    );
    // Whoever cuts the newest entries and their links leaves a chain that verifies by itself…
    await byHand(
      'create table kept_entries as select * from audit_events where seq > 12',
      'create table kept_links as select * from audit_chain where seq > 12',
      'delete from audit_chain where seq > 12',
      'delete from audit_events where seq > 12',
    );
    expect((await verify()).code).toBe(0);
    // …but not one that reaches the checkpoint kept outside the database.
    const cut = await verify({ withCheckpoints: true });
    expect(cut.code).toBe(1);
    expect(cut.text).toContain('audit chain BROKEN at seq 14');
    expect(cut.text).toContain('the chain ends before the last checkpoint');
    await byHand(
      'insert into audit_events select * from kept_entries',
      'insert into audit_chain select * from kept_links',
      'drop table kept_entries',
      'drop table kept_links',
    );
    expect((await verify({ withCheckpoints: true })).code).toBe(0);
  });

  it('fails on a checkpoint whose signature does not hold', async () => {
    const [name] = readdirSync(checkpointDir);
    const file = path.join(checkpointDir, name!);
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace(/"hash": "[0-9a-f]+"/, `"hash": "${'0'.repeat(64)}"`));
    const result = await verify({ withCheckpoints: true });
    expect(result.code).toBe(1);
    expect(result.text).toContain(`audit checkpoint ${name}: the signature does not hold`);
    writeFileSync(file, original);
    expect((await verify({ withCheckpoints: true })).code).toBe(0);
  });
});
