import { createTestDatabase } from '@talon/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../client';
import { schema } from '../../index';
import { createRateLimitRepository } from './rate-limit.repository';

let database: DatabaseHandle;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.close());

const at = (seconds: number) => new Date(Date.UTC(2026, 11, 1, 8, 0, 0) + seconds * 1000);

describe('rate limit counters in the database', () => {
  it('allows max hits per window, refuses the next without counting it, and slides', async () => {
    const limits = createRateLimitRepository(database.db);
    const limit = { max: 3, windowSeconds: 60 };
    const verdicts = [];
    for (const second of [0, 10, 20, 30, 40]) verdicts.push(await limits.hit('k:slide', limit, at(second)));
    expect(verdicts.map((v) => v.allowed)).toEqual([true, true, true, false, false]);
    expect(verdicts[0]).toEqual({ allowed: true, remaining: 2 });
    expect(verdicts[3]).toEqual({ allowed: false, retryAfterSeconds: 50 });
    // Just after the edge the previous window still counts almost fully; later it has faded.
    expect((await limits.hit('k:slide', limit, at(61))).allowed).toBe(false);
    expect((await limits.hit('k:slide', limit, at(81))).allowed).toBe(true);
    const [row] = await database.db
      .select({ hits: schema.rateLimitCounters.hits })
      .from(schema.rateLimitCounters)
      .where((await import('drizzle-orm')).eq(schema.rateLimitCounters.key, 'k:slide'));
    // Refused hits were never counted.
    expect(row?.hits).toBe(3);
  });

  it('counts each key on its own', async () => {
    const limits = createRateLimitRepository(database.db);
    const limit = { max: 1, windowSeconds: 60 };
    expect((await limits.hit('k:a', limit, at(0))).allowed).toBe(true);
    expect((await limits.hit('k:b', limit, at(0))).allowed).toBe(true);
    expect((await limits.hit('k:a', limit, at(1))).allowed).toBe(false);
  });

  it('lets exactly max of many parallel hits through', async () => {
    const limits = createRateLimitRepository(database.db);
    const limit = { max: 5, windowSeconds: 3600 };
    const verdicts = await Promise.all(
      Array.from({ length: 25 }, () => limits.hit('k:parallel', limit, at(100))),
    );
    expect(verdicts.filter((v) => v.allowed)).toHaveLength(5);
  });

  it('purges the windows that can no longer matter', async () => {
    const limits = createRateLimitRepository(database.db);
    await limits.hit('k:old', { max: 5, windowSeconds: 60 }, at(-3600));
    await limits.hit('k:new', { max: 5, windowSeconds: 60 }, at(0));
    expect(await limits.purgeExpired(at(30))).toBeGreaterThanOrEqual(1);
    const keys = (
      await database.db.select({ key: schema.rateLimitCounters.key }).from(schema.rateLimitCounters)
    ).map((r) => r.key);
    expect(keys).not.toContain('k:old');
    expect(keys).toContain('k:new');
  });
});
