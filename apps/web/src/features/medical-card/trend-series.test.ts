import { describe, expect, it } from 'vitest';
import type { TObservation } from './lab-results';
import { trendSeries } from './trend-series';

const point = (effective: string, value: number | string, low: number | null, high: number | null) =>
  ({ effective, value, referenceRange: { low, high, text: null } }) as TObservation;

describe('trendSeries', () => {
  it('gives the chart the numeric values with their band, oldest first', () => {
    const series = trendSeries([
      point('2025-01-01T00:00:00Z', 5.1, 3.9, 5.5),
      point('2025-06-01T00:00:00Z', 'гемолиз', null, null),
      point('2026-01-01T00:00:00Z', 7.2, 3.9, 5.5),
    ]);
    expect(series.times).toEqual([1735689600, 1767225600]);
    expect(series.values).toEqual([5.1, 7.2]);
    expect(series.lows).toEqual([3.9, 3.9]);
    expect(series.highs).toEqual([5.5, 5.5]);
    // The axis covers the band and the values with a margin.
    expect(series.yRange[0]).toBeLessThan(3.9);
    expect(series.yRange[1]).toBeGreaterThan(7.2);
  });

  it('draws a one-sided range to the edge of the axis', () => {
    const series = trendSeries([
      point('2025-01-01T00:00:00Z', 4.4, null, 5.2),
      point('2026-01-01T00:00:00Z', 7.1, null, 5.2),
      point('2026-02-01T00:00:00Z', 6.1, null, null),
    ]);
    expect(series.lows).toEqual([series.yRange[0], series.yRange[0], null]);
    expect(series.highs).toEqual([5.2, 5.2, null]);
  });

  it('keeps a flat series visible', () => {
    expect(trendSeries([point('2025-01-01T00:00:00Z', 0, null, null)]).yRange).toEqual([0, 1]);
  });
});
