import { describe, expect, it } from 'vitest';
import { createStatusCache } from './status-cache';

describe('createStatusCache', () => {
  it('computes once per window, shares the computation and forgets it when invalidated', async () => {
    let now = 0;
    let runs = 0;
    const cache = createStatusCache(
      async () => ++runs,
      5000,
      () => now,
    );
    expect(await Promise.all([cache.get(), cache.get()])).toEqual([1, 1]);
    now = 4999;
    expect(await cache.get()).toBe(1);
    now = 5000;
    expect(await cache.get()).toBe(2);
    cache.invalidate();
    expect(await cache.get()).toBe(3);
  });

  it('does not keep a failed computation', async () => {
    let fail = true;
    const cache = createStatusCache(async () => {
      if (fail) throw new Error('database down');
      return 'ok';
    }, 5000);
    await expect(cache.get()).rejects.toThrow('database down');
    fail = false;
    expect(await cache.get()).toBe('ok');
  });
});
