import { randomUUID } from 'node:crypto';
import { createTestDatabase } from '@talon/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../client';
import { createAuditRepository } from '../repositories/audit.repository';
import { queryRows } from '../sql';
import { runAuditVerify } from './audit-verify-command';

let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await createTestDatabase();
  const audit = createAuditRepository(handle.db);
  for (let i = 0; i < 10; i++) {
    await audit.record({
      action: i % 2 ? 'record.read' : 'auth.login',
      outcome: 'success',
      actorAccountId: randomUUID(),
      subjectPatientId: randomUUID(),
      occurredAt: new Date(Date.UTC(2027, 0, 1, 8, i)),
      details: { i },
    });
  }
});

afterAll(async () => {
  await handle?.close();
});

async function verify(batchSize?: number) {
  const lines: string[] = [];
  const code = await runAuditVerify(
    handle.db,
    { info: (line) => lines.push(line), error: (line) => lines.push(line) },
    { batchSize },
  );
  return { code, text: lines.join('\n') };
}

/** What a superuser with psql can do: switch the append-only trigger off, change the table, switch it on. */
async function byHand(...statements: string[]) {
  await handle.db.execute(sql.raw('alter table audit_events disable trigger audit_events_append_only'));
  try {
    for (const statement of statements) await handle.db.execute(sql.raw(statement));
  } finally {
    await handle.db.execute(sql.raw('alter table audit_events enable trigger audit_events_append_only'));
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

describe('npm run audit:verify', () => {
  it('reports an intact chain with its length and exit code 0', async () => {
    const result = await verify();
    expect(result.code).toBe(0);
    expect(result.text).toMatch(/^audit chain intact: 10 entries\nlast entry: seq 10, hash [0-9a-f]{64}$/);
  });

  it('refuses UPDATE, DELETE and TRUNCATE on the audit log', async () => {
    expect(await failure("update audit_events set action = 'auth.logout' where seq = 3")).toMatch(
      /append-only/,
    );
    expect(await failure('delete from audit_events where seq = 3')).toMatch(/append-only/);
    expect(await failure('truncate audit_events')).toMatch(/append-only/);
    expect((await verify()).code).toBe(0);
  });

  it('names the entry whose action was altered by hand, and is content again once it is restored', async () => {
    await byHand("update audit_events set action = 'auth.logout' where seq = 4");
    for (const batchSize of [undefined, 3]) {
      const result = await verify(batchSize);
      expect(result.code).toBe(1);
      expect(result.text).toContain('audit chain BROKEN at seq 4 (2027-01-01T08:03:00.000Z, auth.logout)');
      expect(result.text).toContain('altered');
      expect(result.text).toContain('3 entries before it are intact');
    }
    expect(await createAuditRepository(handle.db).verifyChain()).toMatchObject({
      ok: false,
      firstBrokenSeq: 4,
      problem: 'hash_mismatch',
      count: 3,
    });
    await byHand("update audit_events set action = 'record.read' where seq = 4");
    expect((await verify()).code).toBe(0);
  });

  it('detects an entry whose hash was recomputed after the change (the next link breaks)', async () => {
    const [original] = await queryRows<{ hash: string }>(
      handle.db,
      sql`select hash from audit_events where seq = 6`,
    );
    await byHand(
      "update audit_events set reason = 'edited' where seq = 6",
      'update audit_events e set hash = audit_event_hash(e) where seq = 6',
    );
    expect(await createAuditRepository(handle.db).verifyChain({ batchSize: 6 })).toMatchObject({
      ok: false,
      firstBrokenSeq: 7,
      problem: 'broken_link',
    });
    await byHand(`update audit_events set reason = null, hash = '${original?.hash}' where seq = 6`);
    expect((await verify()).code).toBe(0);
  });

  it('detects a deleted entry as a gap before the next one', async () => {
    await byHand('delete from audit_events where seq = 8');
    const result = await verify();
    expect(result.code).toBe(1);
    expect(result.text).toContain('audit chain BROKEN at seq 9');
    expect(result.text).toContain('missing (deleted) (after seq 7; 1 missing)');
    expect(await createAuditRepository(handle.db).verifyChain({ batchSize: 2 })).toMatchObject({
      ok: false,
      firstBrokenSeq: 9,
      problem: 'gap',
      previousSeq: 7,
      count: 7,
    });
  });
});
