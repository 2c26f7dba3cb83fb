import { describe, expect, it } from 'vitest';
import { estimatedHits, retryAfterSeconds, windowOf } from './sliding-window';

const at = (seconds: number) => new Date(Date.UTC(2026, 11, 1, 8, 0, 0) + seconds * 1000);

describe('windowOf', () => {
  it('places an instant in its fixed window and weighs the previous one by the overlap', () => {
    const w = windowOf(at(15), 60);
    expect(w.start).toEqual(at(0));
    expect(w.previousStart).toEqual(at(-60));
    expect(w.previousWeight).toBeCloseTo(0.75);
    expect(windowOf(at(0), 60).previousWeight).toBe(1);
  });
});

describe('the sliding-window estimate', () => {
  it('counts the previous window by its overlap, so no double burst at the edge', () => {
    // 10 hits late in the previous window, limit 10: just after the edge there is no room yet.
    expect(estimatedHits(0, 10, windowOf(at(1), 60).previousWeight) + 1).toBeGreaterThan(10);
    expect(estimatedHits(0, 10, windowOf(at(59), 60).previousWeight) + 1).toBeLessThanOrEqual(10);
  });

  it('says when one more hit fits', () => {
    const limit = { max: 3, windowSeconds: 60 };
    // Full window, nothing before: the next window's share of these three must shrink to two.
    expect(retryAfterSeconds(limit, { current: 3, previous: 0 }, at(30))).toBe(50);
    // Room in this window, but the previous one still weighs too much: 2 of 3 must go.
    expect(retryAfterSeconds(limit, { current: 1, previous: 3 }, at(6))).toBe(34);
    expect(retryAfterSeconds(limit, { current: 1, previous: 3 }, at(39.5))).toBe(1);
  });
});
