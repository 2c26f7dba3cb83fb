import { randomUUID } from 'node:crypto';
import { createTestDatabase } from '@talon/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../client';
import { createAuditRepository } from '../repositories/audit.repository';
import { queryRows } from '../sql';
import { createAuditChainer, readChainHead } from './audit-chainer';
import { GENESIS_HASH } from './audit-link';
import { verifyAuditChain } from './verify-audit-chain';

const isPostgres = process.env.TEST_DB === 'postgres';
const key = Buffer.alloc(32, 31);
let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await createTestDatabase();
});

afterAll(async () => {
  await handle?.close();
});

const record = (executor: Parameters<typeof createAuditRepository>[0], action = 'record.read') =>
  createAuditRepository(executor).record({
    action: action as 'record.read',
    outcome: 'success',
    actorAccountId: randomUUID(),
    subjectPatientId: randomUUID(),
    details: { note: 'ids only' },
  });

const links = () =>
  queryRows<{ seq: string; prev_seq: string | null; hash: string }>(
    handle.db,
    sql`select c.seq::text, c.prev_seq::text, c.hash from audit_chain c order by c.seq`,
  );

describe(`audit chainer on ${process.env.TEST_DB}`, () => {
  it('starts from the origin written by the migration: seq 0 and the genesis hash', async () => {
    expect(await readChainHead(handle.db)).toEqual({ seq: 0, hash: GENESIS_HASH });
  });

  it('links committed entries in seq order with HMAC under the key, skipping rolled-back numbers', async () => {
    await record(handle.db);
    await expect(
      handle.db.transaction(async (tx) => {
        await record(tx);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    await record(handle.db);
    const chainer = createAuditChainer(handle.db, key, { batchSize: 1 });
    expect(await chainer.chainNow()).toBe(2);
    expect(await links()).toEqual([
      { seq: '0', prev_seq: null, hash: GENESIS_HASH },
      { seq: '1', prev_seq: '0', hash: expect.stringMatching(/^[0-9a-f]{64}$/) },
      // Number 2 was rolled back: the next link names 1 as the entry before it.
      { seq: '3', prev_seq: '1', hash: expect.stringMatching(/^[0-9a-f]{64}$/) },
    ]);
    const report = await verifyAuditChain(handle.db, key);
    expect(report).toMatchObject({ ok: true, count: 2, head: { seq: 3 }, tail: { count: 0 } });
    // Another key makes other links: whoever writes to the database cannot forge them without it.
    expect((await verifyAuditChain(handle.db, Buffer.alloc(32, 32))).problem).toMatchObject({
      kind: 'hash_mismatch',
      seq: 1,
    });
  });

  it('links in the loop: a step chains what the step before saw settle', async () => {
    const chainer = createAuditChainer(handle.db, key);
    await record(handle.db);
    expect(await chainer.tick()).toBe(0);
    expect(await chainer.tick()).toBe(1);
    expect(await chainer.tick()).toBe(0);
    expect((await verifyAuditChain(handle.db, key)).ok).toBe(true);
  });

  it('lets two chainers race without forking the chain', async () => {
    for (let i = 0; i < 20; i++) await record(handle.db);
    // One takes the chainers' lock, the other finds it taken and leaves; a unique index refuses a fork anyway.
    await Promise.all([
      createAuditChainer(handle.db, key, { batchSize: 3 }).chainNow(),
      createAuditChainer(handle.db, key, { batchSize: 3 }).chainNow(),
    ]);
    await createAuditChainer(handle.db, key).chainNow();
    const [counts] = await queryRows<{ entries: number; links: number }>(
      handle.db,
      sql`select (select count(*)::int from audit_events) as entries, (select count(*)::int from audit_chain) as links`,
    );
    expect(counts?.links).toBe((counts?.entries ?? 0) + 1);
    expect(await verifyAuditChain(handle.db, key)).toMatchObject({ ok: true, tail: { count: 0 } });
  });

  /**
   * Issue 16 item 1: no audited write waits for another transaction's audit entry. The first transaction
   * takes its number and stays open; the second takes the next one and commits at once. The chainer then
   * waits for the first (a lower number committing after a higher one) and links both in order.
   * PostgreSQL only: PGlite has one connection, so two transactions can never be open at once there.
   */
  it.runIf(isPostgres)(
    'commits a second audited transaction while the first is open, and chains both in order',
    async () => {
      const chainer = createAuditChainer(handle.db, key);
      await chainer.chainNow();
      let release: () => void = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      let firstSeq = 0;
      const first = handle.db.transaction(async (tx) => {
        await record(tx, 'appointment.book');
        const [row] = await queryRows<{ seq: string }>(
          tx,
          sql`select max(seq)::text as seq from audit_events`,
        );
        firstSeq = Number(row?.seq);
        await held;
      });
      while (!firstSeq) await new Promise((resolve) => setTimeout(resolve, 10));

      const started = performance.now();
      await handle.db.transaction(async (tx) => {
        await record(tx, 'appointment.cancel');
      });
      expect(performance.now() - started).toBeLessThan(1_000);
      const [second] = await queryRows<{ seq: string }>(
        handle.db,
        sql`select seq::text from audit_events where action = 'appointment.cancel'`,
      );
      expect(Number(second?.seq)).toBeGreaterThan(firstSeq);

      // The higher number is visible, the lower one still in flight: the chainer must not link past it.
      expect(await chainer.chainNow({ timeoutMs: 300 })).toBe(0);
      expect((await readChainHead(handle.db)).seq).toBeLessThan(firstSeq);
      release();
      await first;
      expect(await chainer.chainNow()).toBe(2);
      const tail = (await links()).slice(-2);
      expect(tail.map((l) => Number(l.seq))).toEqual([firstSeq, Number(second?.seq)]);
      expect(Number(tail[1]?.prev_seq)).toBe(firstSeq);
      expect((await verifyAuditChain(handle.db, key)).ok).toBe(true);
    },
  );
});
