import type { TObservation } from './lab-results';

export interface TrendSeries {
  /** Seconds since the epoch (uPlot's time scale). */
  times: number[];
  values: (number | null)[];
  /** The reference band: each point's own range (ranges change with age and with the laboratory). */
  lows: (number | null)[];
  highs: (number | null)[];
  /** The y axis: the values and the band with a margin, so the band shows even when every value is inside. */
  yRange: [number, number];
}

/** The numeric points of a trend, oldest first, as the chart's columns; text results are left out. */
export function trendSeries(points: readonly TObservation[]): TrendSeries {
  const numeric = points.filter((p): p is TObservation & { value: number } => typeof p.value === 'number');
  const lows = numeric.map((p) => p.referenceRange.low);
  const highs = numeric.map((p) => p.referenceRange.high);
  const all = [...numeric.map((p) => p.value), ...lows, ...highs].filter((v): v is number => v !== null);
  const min = all.length ? Math.min(...all) : 0;
  const max = all.length ? Math.max(...all) : 1;
  const margin = (max - min) * 0.15 || Math.abs(max) * 0.1 || 1;
  const yRange: [number, number] = [Math.max(0, min - margin), max + margin];
  // A one-sided range («до 5,2») is a band to the axis' edge; no range at all is no band.
  const hasRange = (i: number) => lows[i] !== null || highs[i] !== null;
  return {
    times: numeric.map((p) => Math.round(Date.parse(p.effective) / 1000)),
    values: numeric.map((p) => p.value),
    lows: lows.map((low, i) => (hasRange(i) ? (low ?? yRange[0]) : null)),
    highs: highs.map((high, i) => (hasRange(i) ? (high ?? yRange[1]) : null)),
    yRange,
  };
}
