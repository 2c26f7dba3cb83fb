import { describe, expect, it } from 'vitest';
import {
  ADMIT_EVERY_MS,
  MIN_TICK_GAP_MS,
  nextTickDelayMs,
  snapshotEveryMs,
  snapshotFreshMs,
} from './tick-pacing';

describe('snapshotEveryMs', () => {
  it('re-reads a short queue every admitter pass', () => {
    expect(snapshotEveryMs(0)).toBe(ADMIT_EVERY_MS);
    expect(snapshotEveryMs(-5)).toBe(ADMIT_EVERY_MS);
  });

  it('re-reads a longer queue less often, at most every 2 s', () => {
    expect(snapshotEveryMs(1_000)).toBe(450);
    expect(snapshotEveryMs(5_000)).toBe(1_250);
    expect(snapshotEveryMs(1_000_000)).toBe(2_000);
  });

  it('keeps a snapshot fresh past its period, so reads never fall through to the database between refreshes', () => {
    for (const n of [0, 1_000, 50_000]) expect(snapshotFreshMs(n)).toBeGreaterThan(snapshotEveryMs(n));
  });
});

describe('nextTickDelayMs', () => {
  it('coalesces a burst of events: no tick sooner than the least gap after the last', () => {
    expect(nextTickDelayMs({ soon: true, sinceLastTickMs: 0, busy: true })).toBe(MIN_TICK_GAP_MS);
    expect(nextTickDelayMs({ soon: true, sinceLastTickMs: 40, busy: true })).toBe(MIN_TICK_GAP_MS - 40);
    expect(nextTickDelayMs({ soon: true, sinceLastTickMs: 5_000, busy: false })).toBe(0);
  });

  it('ticks every admitter pass while busy and every 5 s when idle', () => {
    expect(nextTickDelayMs({ soon: false, sinceLastTickMs: 0, busy: true })).toBe(ADMIT_EVERY_MS);
    expect(nextTickDelayMs({ soon: false, sinceLastTickMs: 0, busy: false })).toBe(5_000);
  });
});
