import { describe, expect, it } from 'vitest';
import { fixedClock } from '../shared';
import {
  type AnalyticsRollupRepository,
  closedThroughAt,
  rollUpAnalytics,
  rollupRanges,
} from './analytics-rollup';

const now = new Date('2026-12-07T01:00:00Z');

describe('closedThroughAt', () => {
  it('is two UTC dates back: the 5th is over in every zone from UTC−12 to UTC+14 by the 7th', () => {
    expect(closedThroughAt(now)).toBe('2026-12-05');
    expect(closedThroughAt(new Date('2026-12-07T23:59:59Z'))).toBe('2026-12-05');
  });
});

describe('rollupRanges', () => {
  it('backfills from the earliest day in month-sized steps on the first run', () => {
    const plan = rollupRanges({ now, closedThrough: null, earliestDay: '2026-09-30' });
    expect(plan.closedThrough).toBe('2026-12-05');
    expect(plan.ranges).toEqual([
      { from: '2026-09-30', to: '2026-10-30' },
      { from: '2026-10-31', to: '2026-11-30' },
      { from: '2026-12-01', to: '2026-12-05' },
    ]);
  });

  it('recomputes the last 14 closed days on a regular run (late no-show and fulfilment marks)', () => {
    const plan = rollupRanges({ now, closedThrough: '2026-12-04', earliestDay: '2025-01-01' });
    expect(plan.ranges).toEqual([{ from: '2026-11-22', to: '2026-12-05' }]);
  });

  it('catches up on every day closed during a pause of the worker', () => {
    const plan = rollupRanges({ now, closedThrough: '2026-11-01', earliestDay: '2025-01-01' });
    expect(plan.ranges[0]).toEqual({ from: '2026-11-02', to: '2026-12-02' });
    expect(plan.ranges.at(-1)?.to).toBe('2026-12-05');
  });

  it('recomputes the window without data too (a new installation)', () => {
    const plan = rollupRanges({ now, closedThrough: null, earliestDay: null });
    expect(plan.ranges).toEqual([{ from: '2026-11-22', to: '2026-12-05' }]);
  });
});

describe('rollUpAnalytics', () => {
  it('writes the days, then moves the mark forward, never back', async () => {
    const calls: string[] = [];
    const rollup = (closedThrough: string | null): AnalyticsRollupRepository => ({
      closedThrough: async () => closedThrough,
      earliestDay: async () => '2026-11-30',
      replaceDays: async (range) => {
        calls.push(`${range.from}..${range.to}`);
        return 2;
      },
      setClosedThrough: async (day) => {
        calls.push(`mark ${day}`);
      },
    });
    const result = await rollUpAnalytics({ rollup: rollup('2026-12-04'), clock: fixedClock(now) });
    expect(result.rows).toBe(2);
    expect(calls).toEqual(['2026-11-22..2026-12-05', 'mark 2026-12-05']);
    calls.length = 0;
    await rollUpAnalytics({ rollup: rollup('2026-12-05'), clock: fixedClock(now) });
    expect(calls).toEqual(['2026-11-22..2026-12-05']);
  });
});
