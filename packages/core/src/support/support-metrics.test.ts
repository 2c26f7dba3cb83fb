import { describe, expect, it } from 'vitest';
import { supportMetrics } from './support-metrics';

const at = (hours: number) => new Date(Date.UTC(2026, 11, 1, 0, 0) + hours * 3_600_000);
const ticket = (opened: number, answered: number | null, resolved: number | null) => ({
  createdAt: at(opened),
  firstResponseAt: answered === null ? null : at(answered),
  resolvedAt: resolved === null ? null : at(resolved),
});

describe('supportMetrics', () => {
  it('gives the mean and the median of the first response and the resolution, in hours', () => {
    const metrics = supportMetrics([ticket(0, 2, 10), ticket(1, 5, 49), ticket(2, 14, null)]);
    expect(metrics.opened).toBe(3);
    expect(metrics.unanswered).toBe(0);
    // 2, 4, 12 hours
    expect(metrics.firstResponse).toEqual({ count: 3, averageHours: 6, medianHours: 4 });
    // 10, 48 hours: the median of two is their mean
    expect(metrics.resolution).toEqual({ count: 2, averageHours: 29, medianHours: 29 });
  });

  it('counts an unanswered ticket as opened and unanswered, in no duration', () => {
    const metrics = supportMetrics([ticket(0, null, null), ticket(0, 1.5, null)]);
    expect(metrics).toMatchObject({ opened: 2, unanswered: 1 });
    expect(metrics.firstResponse).toEqual({ count: 1, averageHours: 1.5, medianHours: 1.5 });
    expect(metrics.resolution).toEqual({ count: 0, averageHours: null, medianHours: null });
  });

  it('says nothing was measured for an empty period', () => {
    expect(supportMetrics([])).toEqual({
      opened: 0,
      unanswered: 0,
      firstResponse: { count: 0, averageHours: null, medianHours: null },
      resolution: { count: 0, averageHours: null, medianHours: null },
    });
  });

  it('rounds to hundredths and never counts a negative duration', () => {
    const metrics = supportMetrics([ticket(0, 1 / 3, null), ticket(5, 4, null)]);
    expect(metrics.firstResponse.averageHours).toBe(0.17);
    expect(metrics.firstResponse.medianHours).toBe(0.17);
  });
});
