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
  it('records entries numbered and chained by the database, with the time given or its own', async () => {
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
    const rows = await queryRows<{ seq: string; prev_hash: string; hash: string; occurred_at: string }>(
      handle.db,
      sql`select seq::text, prev_hash, hash, occurred_at::text from audit_events order by seq`,
    );
    expect(rows.map((r) => r.seq)).toEqual(['1', '2']);
    expect(rows[0]?.prev_hash).toBe('0'.repeat(64));
    expect(rows[1]?.prev_hash).toBe(rows[0]?.hash);
    expect(rows[0]?.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(new Date(rows[0]?.occurred_at ?? '').toISOString()).toBe('2027-01-10T08:00:00.000Z');
    expect(new Date(rows[1]?.occurred_at ?? '').getFullYear()).toBeGreaterThanOrEqual(2026);
    expect(await audit.verifyChain()).toEqual({ ok: true, count: 2, lastSeq: 2, lastHash: rows[1]?.hash });
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
      seq: 4,
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
    expect(period.items.map((e) => e.seq)).toEqual([4, 3]);

    const page2 = await audit.search({
      from: new Date('2027-01-10T00:00:00Z'),
      to: new Date('2027-01-14T00:00:00Z'),
      page: 2,
      pageSize: 2,
    });
    expect(page2).toMatchObject({ total: 4, page: 2, pageSize: 2 });
    expect(page2.items.map((e) => e.seq)).toEqual([3, 1]);
  });

  it('verifies the chain across batch boundaries', async () => {
    const audit = createAuditRepository(handle.db);
    const whole = await audit.verifyChain();
    expect(whole).toMatchObject({ ok: true, count: 5, lastSeq: 5 });
    expect(await audit.verifyChain({ batchSize: 2 })).toEqual(whole);
    expect(await audit.verifyChain({ batchSize: 4 })).toEqual(whole);
    expect(await audit.verifyChain({ batchSize: 1 })).toEqual(whole);
  });

  it('records inside a transaction, and the entry goes with a rollback', async () => {
    await expect(
      handle.db.transaction(async (tx) => {
        await createAuditRepository(tx).record(entry({ action: 'patient.update' }));
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    await handle.db.transaction(async (tx) => {
      await createAuditRepository(tx).record(entry({ action: 'consent.grant' }));
    });
    const audit = createAuditRepository(handle.db);
    expect(await audit.verifyChain()).toMatchObject({ ok: true, count: 6, lastSeq: 6 });
  });

  it('keeps the chain gapless under 50 concurrent writers', async () => {
    const audit = createAuditRepository(handle.db);
    const [before] = await queryRows<{ n: number }>(
      handle.db,
      sql`select count(*)::int as n from audit_events`,
    );
    const start = before?.n ?? 0;
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        audit.record(entry({ action: 'record.read', recordId: String(i) })),
      ),
    );
    const seqs = await queryRows<{ seq: number }>(
      handle.db,
      sql`select seq::int as seq from audit_events where seq > ${start} order by seq`,
    );
    expect(seqs.map((r) => r.seq)).toEqual(Array.from({ length: 50 }, (_, i) => start + i + 1));
    expect(await audit.verifyChain({ batchSize: 16 })).toMatchObject({ ok: true, count: start + 50 });
  });
});
