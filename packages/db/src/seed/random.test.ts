import { describe, expect, it } from 'vitest';
import { createPermutation } from './permutation';
import { createRandom } from './random';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const draw = (seed: number, label = '') => {
  const random = createRandom(seed, label);
  return Array.from({ length: 50 }, () => random.uint32());
};

describe('createRandom', () => {
  it('gives the same sequence for the same seed and another one for another seed', () => {
    expect(draw(1)).toEqual(draw(1));
    expect(draw(1)).not.toEqual(draw(2));
  });

  it('forks independent streams that are deterministic too', () => {
    const a = createRandom(7).fork('clinics');
    const b = createRandom(7).fork('clinics');
    const c = createRandom(7).fork('patients');
    const take = (r: typeof a) => Array.from({ length: 10 }, () => r.uint32());
    expect(take(a)).toEqual(take(b));
    expect(take(createRandom(7).fork('clinics'))).not.toEqual(take(c));
  });

  it('makes valid, distinct version 4 UUIDs', () => {
    const random = createRandom(3);
    const ids = Array.from({ length: 5_000 }, () => random.uuid());
    for (const id of ids) expect(id).toMatch(UUID_V4);
    expect(new Set(ids).size).toBe(ids.length);
    expect(createRandom(3).uuid()).toBe(ids[0]);
  });

  it('keeps numbers in range and covers it', () => {
    const random = createRandom(5);
    const seen = new Set<number>();
    for (let i = 0; i < 2_000; i++) {
      const n = random.int(1, 6);
      expect(n).toBeGreaterThanOrEqual(1);
      expect(n).toBeLessThanOrEqual(6);
      seen.add(n);
      const f = random.next();
      expect(f >= 0 && f < 1).toBe(true);
    }
    expect(seen.size).toBe(6);
  });

  it('shuffles into a permutation and picks by weight', () => {
    const random = createRandom(9);
    const items = Array.from({ length: 30 }, (_, i) => i);
    expect(random.shuffle(items).sort((x, y) => x - y)).toEqual(items);
    const counts = { a: 0, b: 0 };
    for (let i = 0; i < 10_000; i++)
      counts[
        random.weighted([
          ['a', 0.9],
          ['b', 0.1],
        ] as const)
      ]++;
    expect(counts.a).toBeGreaterThan(8_500);
    expect(counts.b).toBeGreaterThan(700);
  });
});

describe('createPermutation', () => {
  it.each([1, 2, 7, 1_000, 4_097])('is a bijection of [0, %i)', (size) => {
    const permute = createPermutation(createRandom(11), size);
    const values = Array.from({ length: size }, (_, i) => permute(i));
    expect(new Set(values).size).toBe(size);
    expect(Math.min(...values)).toBe(0);
    expect(Math.max(...values)).toBe(size - 1);
  });

  it('depends on the key and handles numbers beyond 32 bits', () => {
    const size = 9 * 10 ** 14;
    const a = createPermutation(createRandom(1), size);
    const b = createPermutation(createRandom(2), size);
    const values = Array.from({ length: 1_000 }, (_, i) => a(i));
    expect(values.every((v) => Number.isSafeInteger(v) && v >= 0 && v < size)).toBe(true);
    expect(new Set(values).size).toBe(values.length);
    expect(values.some((v) => v > 2 ** 32)).toBe(true);
    expect(b(0)).not.toBe(a(0));
  });
});
