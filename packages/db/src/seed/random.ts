/**
 * A seeded pseudo-random generator (sfc32, seeded through cyrb128), so that the same `--seed` always builds
 * byte-identical data and ids. Every random choice of the generator goes through a `Random`; nothing reads
 * `Math.random`, `crypto.randomUUID` or the clock.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An unsigned 32-bit integer. */
  uint32(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks by weight: `[[value, weight], …]`, weights need not sum to 1. */
  weighted<T>(items: readonly (readonly [T, number])[]): T;
  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[];
  /** A version 4 UUID made of generator bits (valid format, deterministic for the seed). */
  uuid(): string;
  /**
   * An independent stream derived from this generator's seed and a label. Forking per purpose (clinics of a
   * region, staff, patients) keeps one part stable when another part changes how many numbers it draws.
   */
  fork(label: string): Random;
}

/** cyrb128: hashes a string into four 32-bit words, a good seed for sfc32. */
function cyrb128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/** sfc32 (Chris Doty-Humphrey's Small Fast Counting generator): 128-bit state, passes PractRand. */
function sfc32(seed: readonly [number, number, number, number]): () => number {
  let [a, b, c, d] = seed;
  return () => {
    a |= 0;
    b |= 0;
    c |= 0;
    d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
}

const hex8 = (n: number): string => n.toString(16).padStart(8, '0');

/** Creates the generator for a seed; `label` names a stream (see `fork`). */
export function createRandom(seed: number, label = ''): Random {
  const key = `${seed}/${label}`;
  const nextUint32 = sfc32(cyrb128(key));
  // The first outputs of sfc32 still show the seed's structure; skip them.
  for (let i = 0; i < 15; i++) nextUint32();

  const next = () => nextUint32() / 4_294_967_296;
  const random: Random = {
    next,
    uint32: nextUint32,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick(items) {
      if (items.length === 0) throw new RangeError('cannot pick from an empty list');
      return items[Math.floor(next() * items.length)] as (typeof items)[number];
    },
    weighted(items) {
      const total = items.reduce((sum, [, weight]) => sum + weight, 0);
      let point = next() * total;
      for (const [value, weight] of items) {
        point -= weight;
        if (point < 0) return value;
      }
      const last = items.at(-1);
      if (!last) throw new RangeError('cannot pick from an empty list');
      return last[0];
    },
    shuffle(items) {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j] as (typeof copy)[number], copy[i] as (typeof copy)[number]];
      }
      return copy;
    },
    uuid() {
      const w0 = nextUint32();
      const w1 = ((nextUint32() & 0xffff0fff) | 0x00004000) >>> 0; // version 4
      const w2 = ((nextUint32() & 0x3fffffff) | 0x80000000) >>> 0; // variant 10xx
      const w3 = nextUint32();
      const h = hex8(w0) + hex8(w1) + hex8(w2) + hex8(w3);
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
    },
    fork: (childLabel) => createRandom(seed, `${label}/${childLabel}`),
  };
  return random;
}
