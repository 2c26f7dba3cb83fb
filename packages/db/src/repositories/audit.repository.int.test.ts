import { randomUUID } from 'node:crypto';
import type { AuditEntry } from '@talon/core/audit';
import { createTestDatabase } from '@talon/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../client';
import { queryRows } from '../sql';
import { createAuditRepository } from './audit.repository';

let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await createTestDatabase();
});

afterAll(async () => {
  await handle?.close();
});

const person = randomUUID();
const ward = randomUUID();
const doctor = randomUUID();
const admin = randomUUID();

const entry = (overrides: Partial<AuditEntry>): AuditEntry => ({
  action: 'patient.read',
  outcome: 'success',
  actorAccountId: doctor,
  actorRole: 'doctor',
  subjectPatientId: person,
  recordType: 'patient',
  recordId: person,
  ip: '192.0.2.10',
  userAgent: 'Mozilla/5.0',
  ...overrides,
});

describe('audit repository', () => {
  it('records entries numbered by the database, with the time given or its own, and no hash of its own', async () => {
    const audit = createAuditRepository(handle.db);
    await audit.record(entry({ occurredAt: new Date('2027-01-10T08:00:00Z') }));
    await audit.record(
      entry({
        action: 'auth.login',
        outcome: 'failure',
        actorAccountId: null,
        actorRole: null,
        subjectPatientId: null,
        recordType: null,
        recordId: null,
        reason: 'wrong_password',
        details: { attempt: 3 },
      }),
    );
    const rows = await queryRows<{
      seq: string;
      prev_hash: string | null;
      hash: string | null;
      occurred_at: string;
    }>(handle.db, sql`select seq::text, prev_hash, hash, occurred_at::text from audit_events order by seq`);
    expect(rows.map((r) => r.seq)).toEqual(['1', '2']);
    // The worker's chainer links them afterwards, in audit_chain.
    expect(rows.map((r) => [r.prev_hash, r.hash])).toEqual([
      [null, null],
      [null, null],
    ]);
    expect(new Date(rows[0]?.occurred_at ?? '').toISOString()).toBe('2027-01-10T08:00:00.000Z');
    expect(new Date(rows[1]?.occurred_at ?? '').getFullYear()).toBeGreaterThanOrEqual(2026);
  });

  it('takes the number from the sequence whatever the insert says, and leaves the old hash columns empty', async () => {
    await handle.db.execute(
      sql`insert into audit_events (seq, action, outcome, prev_hash, hash) values (1, 'auth.logout', 'success', 'x', 'y')`,
    );
    const [row] = await queryRows<{ seq: string; prev_hash: string | null; hash: string | null }>(
      handle.db,
      sql`select seq::text, prev_hash, hash from audit_events where action = 'auth.logout'`,
    );
    expect(row).toEqual({ seq: '3', prev_hash: null, hash: null });
  });

  it('searches by person (as subject or acted for), actor, action and period, newest first', async () => {
    const audit = createAuditRepository(handle.db);
    await audit.record(entry({ occurredAt: new Date('2027-01-11T08:00:00Z'), action: 'record.read' }));
    await audit.record(
      entry({
        occurredAt: new Date('2027-01-12T08:00:00Z'),
        action: 'patient.update',
        actorAccountId: admin,
        actorRole: 'registrar',
        subjectPatientId: ward,
        onBehalfOfPatientId: person,
      }),
    );
    await audit.record(
      entry({ occurredAt: new Date('2027-01-13T08:00:00Z'), subjectPatientId: randomUUID() }),
    );

    const byPerson = await audit.search({ personId: person, page: 1, pageSize: 10 });
    expect(byPerson.total).toBe(3);
    expect(byPerson.items.map((e) => e.action)).toEqual(['patient.update', 'record.read', 'patient.read']);
    expect(byPerson.items[0]).toMatchObject({
      seq: 5,
      occurredAt: new Date('2027-01-12T08:00:00Z'),
      actorAccountId: admin,
      actorRole: 'registrar',
      subjectPatientId: ward,
      onBehalfOfPatientId: person,
      outcome: 'success',
      ip: '192.0.2.10',
      userAgent: 'Mozilla/5.0',
      details: null,
    });

    expect((await audit.search({ actorAccountId: admin, page: 1, pageSize: 10 })).total).toBe(1);
    expect((await audit.search({ action: 'patient.read', page: 1, pageSize: 10 })).total).toBe(2);
    const period = await audit.search({
      from: new Date('2027-01-11T08:00:00Z'),
      to: new Date('2027-01-13T08:00:00Z'),
      page: 1,
      pageSize: 10,
    });
    expect(period.items.map((e) => e.seq)).toEqual([5, 4]);

    const page2 = await audit.search({
      from: new Date('2027-01-10T00:00:00Z'),
      to: new Date('2027-01-14T00:00:00Z'),
      page: 2,
      pageSize: 2,
    });
    expect(page2).toMatchObject({ total: 4, page: 2, pageSize: 2 });
    expect(page2.items.map((e) => e.seq)).toEqual([4, 1]);
  });

  it('records inside a transaction, and a rollback takes the entry but leaves its number unused', async () => {
    const next = async () => {
      const [row] = await queryRows<{ seq: string }>(
        handle.db,
        sql`select max(seq)::text as seq from audit_events`,
      );
      return Number(row?.seq);
    };
    const before = await next();
    await expect(
      handle.db.transaction(async (tx) => {
        await createAuditRepository(tx).record(entry({ action: 'patient.update' }));
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    await handle.db.transaction(async (tx) => {
      await createAuditRepository(tx).record(entry({ action: 'consent.grant' }));
    });
    expect(await next()).toBe(before + 2);
    const actions = await queryRows<{ action: string }>(
      handle.db,
      sql`select action from audit_events where seq > ${before} order by seq`,
    );
    expect(actions.map((r) => r.action)).toEqual(['consent.grant']);
  });

  it('numbers 50 concurrent writers uniquely', async () => {
    const audit = createAuditRepository(handle.db);
    const [before] = await queryRows<{ n: number }>(
      handle.db,
      sql`select count(*)::int as n from audit_events`,
    );
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        audit.record(entry({ action: 'record.read', recordId: String(i) })),
      ),
    );
    const [after] = await queryRows<{ n: number; distinct_seqs: number }>(
      handle.db,
      sql`select count(*)::int as n, count(distinct seq)::int as distinct_seqs from audit_events`,
    );
    expect(after).toEqual({ n: (before?.n ?? 0) + 50, distinct_seqs: (before?.n ?? 0) + 50 });
  });
});
