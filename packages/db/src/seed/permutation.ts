import type { Random } from './random';

const ROUNDS = 4;

/** A keyed round function: mixes a half-block into `mask + 1` values (murmur3-style finaliser). */
function roundFunction(value: number, key: number, mask: number): number {
  let h = Math.imul(value ^ key, 0x9e3779b1);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h & mask;
}

/**
 * A keyed pseudo-random permutation of `[0, size)`: a balanced Feistel network over the smallest even power
 * of two that holds `size`, with cycle walking for the values beyond it. Mapping the sequence 0, 1, 2, … through
 * it gives random-looking numbers that are unique by construction, so a million SNILS or phone numbers need no
 * set of "already used" values in memory.
 *
 * @param size at most 2^52, so every intermediate value is an exact double
 */
export function createPermutation(random: Random, size: number): (index: number) => number {
  if (!Number.isSafeInteger(size) || size < 1 || size > 2 ** 52) throw new RangeError('bad permutation size');
  let bits = Math.max(2, Math.ceil(Math.log2(size)));
  if (bits % 2 === 1) bits += 1;
  const halfSize = 2 ** (bits / 2);
  const mask = halfSize - 1;
  const keys = Array.from({ length: ROUNDS }, () => random.uint32() | 0);

  const encrypt = (value: number): number => {
    let left = Math.floor(value / halfSize);
    let right = value % halfSize;
    for (const key of keys) {
      const next = left ^ roundFunction(right, key, mask);
      left = right;
      right = next;
    }
    return left * halfSize + right;
  };

  return (index) => {
    if (!Number.isInteger(index) || index < 0 || index >= size)
      throw new RangeError('index outside the domain');
    // Cycle walking: the orbit of an in-range value returns into the range, so this stays a bijection.
    let value = encrypt(index);
    while (value >= size) value = encrypt(value);
    return value;
  };
}
