import { describe, expect, it } from 'vitest';
import { analyticsPeriod } from './analytics-period';

const now = new Date('2026-12-06T10:00:00Z');

describe('analyticsPeriod', () => {
  it('defaults to the last 30 days up to today', () => {
    expect(analyticsPeriod({}, now)).toEqual({ from: '2026-11-07', to: '2026-12-06' });
  });

  it('refuses a reversed, malformed or too long period', () => {
    expect(() => analyticsPeriod({ from: '2026-12-05', to: '2026-12-01' }, now)).toThrow(
      /INVALID_ANALYTICS_PERIOD/,
    );
    expect(() => analyticsPeriod({ from: '2026-02-30' }, now)).toThrow(/INVALID_ANALYTICS_PERIOD/);
    expect(() => analyticsPeriod({ from: '2026-01-01', to: '2026-12-01' }, now)).toThrow(
      /INVALID_ANALYTICS_PERIOD/,
    );
    expect(analyticsPeriod({ from: '2026-09-01', to: '2026-12-01' }, now)).toEqual({
      from: '2026-09-01',
      to: '2026-12-01',
    });
  });
});
