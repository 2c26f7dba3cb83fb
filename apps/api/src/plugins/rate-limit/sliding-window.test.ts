import { describe, expect, it } from 'vitest';
import { SlidingWindowLimiter } from './sliding-window';

describe('SlidingWindowLimiter', () => {
  it('allows max hits in any window and says when the next one fits', () => {
    const limiter = new SlidingWindowLimiter({ max: 3, windowMs: 60_000 });
    expect(limiter.hit('a', 0)).toEqual({ allowed: true, remaining: 2 });
    expect(limiter.hit('a', 10_000)).toEqual({ allowed: true, remaining: 1 });
    expect(limiter.hit('a', 20_000)).toEqual({ allowed: true, remaining: 0 });
    // The first hit leaves the window at 60 s: 30.5 s from now, rounded up.
    expect(limiter.hit('a', 29_500)).toEqual({ allowed: false, retryAfterSeconds: 31 });
    expect(limiter.hit('a', 59_999)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(limiter.hit('a', 60_000)).toEqual({ allowed: true, remaining: 0 });
  });

  it('slides instead of resetting: no burst of 2 × max around a window edge', () => {
    const limiter = new SlidingWindowLimiter({ max: 2, windowMs: 1_000 });
    expect(limiter.hit('a', 900).allowed).toBe(true);
    expect(limiter.hit('a', 950).allowed).toBe(true);
    // A fixed window starting at 1000 would allow these two.
    expect(limiter.hit('a', 1_001).allowed).toBe(false);
    expect(limiter.hit('a', 1_100).allowed).toBe(false);
    expect(limiter.hit('a', 1_901).allowed).toBe(true);
  });

  it('does not count refused requests, so a client that keeps retrying is not locked out for longer', () => {
    const limiter = new SlidingWindowLimiter({ max: 1, windowMs: 1_000 });
    limiter.hit('a', 0);
    for (let at = 100; at < 1_000; at += 100) expect(limiter.hit('a', at).allowed).toBe(false);
    expect(limiter.hit('a', 1_000).allowed).toBe(true);
  });

  it('counts each key on its own', () => {
    const limiter = new SlidingWindowLimiter({ max: 1, windowMs: 1_000 });
    expect(limiter.hit('a', 0).allowed).toBe(true);
    expect(limiter.hit('b', 0).allowed).toBe(true);
    expect(limiter.hit('a', 1).allowed).toBe(false);
  });

  it('forgets idle keys and never tracks more than maxKeys', () => {
    const limiter = new SlidingWindowLimiter({ max: 5, windowMs: 1_000, maxKeys: 3 });
    limiter.hit('a', 0);
    limiter.hit('b', 0);
    expect(limiter.size).toBe(2);
    limiter.hit('c', 2_000);
    expect(limiter.size).toBe(1);
    for (const key of ['d', 'e', 'f', 'g']) limiter.hit(key, 2_100);
    expect(limiter.size).toBe(3);
    // The least recently used key went first.
    expect(limiter.hit('c', 2_200)).toEqual({ allowed: true, remaining: 4 });
  });

  it('refuses nonsensical limits', () => {
    expect(() => new SlidingWindowLimiter({ max: 0, windowMs: 1_000 })).toThrow(RangeError);
  });
});
