import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createBoundedPool } from './bounded-pool';
import { runInPoolLane, takePriorityLane } from './pool-lane';

const isPostgres = process.env.TEST_DB === 'postgres';

/**
 * The pool's priority lane (pool-lane.ts): with every connection busy, a caller in a priority lane is
 * served before the ordinary callers already waiting, and after earlier priority ones. PostgreSQL only: PGlite
 * has no pool.
 */
describe.runIf(isPostgres)('the pool of connections', () => {
  let pool: ReturnType<typeof createBoundedPool>;
  beforeAll(() => {
    pool = createBoundedPool(inject('postgresUrl'), { max: 1, acquireTimeoutMs: 10_000, maxWaiting: 100 });
  });
  afterAll(() => pool?.end());

  it('serves priority callers ahead of waiting ordinary ones, each lane in its order', async () => {
    const held = await pool.connect();
    const served: string[] = [];
    const wait = (name: string, isPriority: boolean) =>
      runInPoolLane(async () => {
        if (isPriority) takePriorityLane();
        await pool.query('select 1');
        served.push(name);
      });
    const all = [
      wait('ordinary 1', false),
      wait('ordinary 2', false),
      wait('priority 1', true),
      wait('ordinary 3', false),
      wait('priority 2', true),
      // Outside any lane: ordinary.
      pool.query('select 1').then(() => served.push('no lane')),
    ];
    expect(pool.waitingCount).toBe(6);
    held.release();
    await Promise.all(all);
    expect(served).toEqual(['priority 1', 'priority 2', 'ordinary 1', 'ordinary 2', 'ordinary 3', 'no lane']);
  });
});
