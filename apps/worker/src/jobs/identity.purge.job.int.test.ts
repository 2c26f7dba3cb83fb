import { createRetentionRepository, type DatabaseHandle, schema } from '@talon/db';
import { createTestDatabase } from '@talon/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJsonLogger } from '../logger';
import { purgeIdentityJob } from './identity.purge.job';

let database: DatabaseHandle;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.close());

const now = new Date('2026-12-01T12:00:00Z');
const daysAgo = (days: number, plusMs = 0) => new Date(now.getTime() - days * 86_400_000 + plusMs);

describe('identity.purge (issue 15, item 11)', () => {
  it('deletes registrations, codes, failed logins, sessions and rate-limit windows past retention, keeps the rest', async () => {
    const db = database.db;
    const [account] = await db
      .insert(schema.accounts)
      .values({ displayName: 'Пациент' })
      .returning({ id: schema.accounts.id });
    const registration = (phone: string, expiresAt: Date) => ({
      snilsHash: `hash-${phone}`,
      phone,
      payloadEncrypted: 'x',
      consentVersion: '1',
      expiresAt,
    });
    await db
      .insert(schema.registrations)
      .values([registration('+79990000001', daysAgo(7, -1)), registration('+79990000002', daysAgo(7, 1))]);
    const code = (subjectId: string, expiresAt: Date) => ({
      purpose: 'login_mfa' as const,
      subjectId,
      channel: 'sms' as const,
      codeHash: 'h',
      expiresAt,
    });
    await db.insert(schema.oneTimeCodes).values([code('old', daysAgo(8)), code('recent', daysAgo(6))]);
    await db.insert(schema.loginFailures).values([
      { accountId: account!.id, ip: '203.0.113.1', createdAt: daysAgo(31) },
      { accountId: account!.id, ip: '203.0.113.2', createdAt: daysAgo(29) },
    ]);
    const session = (tokenHash: string, expiresAt: Date) => ({
      tokenHash,
      accountId: account!.id,
      transport: 'cookie' as const,
      method: 'password',
      idleTimeoutSeconds: 1800,
      expiresAt,
    });
    await db.insert(schema.sessions).values([session('old', daysAgo(31)), session('recent', daysAgo(29))]);
    await db.insert(schema.rateLimitCounters).values([
      { key: 'old', windowStart: daysAgo(1), hits: 1, expiresAt: daysAgo(0, -1) },
      { key: 'live', windowStart: now, hits: 1, expiresAt: daysAgo(0, 60_000) },
    ]);

    const purged = await purgeIdentityJob({
      retention: createRetentionRepository(db),
      clock: { now: () => now },
      logger: createJsonLogger('silent'),
    });

    expect(purged).toEqual({
      registrations: 1,
      codes: 1,
      loginFailures: 1,
      sessions: 1,
      rateLimitCounters: 1,
    });
    expect((await db.select().from(schema.registrations)).map((r) => r.phone)).toEqual(['+79990000002']);
    expect((await db.select().from(schema.oneTimeCodes)).map((r) => r.subjectId)).toEqual(['recent']);
    expect((await db.select().from(schema.loginFailures)).map((r) => r.ip)).toEqual(['203.0.113.2']);
    expect((await db.select().from(schema.sessions)).map((r) => r.tokenHash)).toEqual(['recent']);
    expect((await db.select().from(schema.rateLimitCounters)).map((r) => r.key)).toEqual(['live']);
  });
});
