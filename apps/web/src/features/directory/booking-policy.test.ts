import { describe, expect, it } from 'vitest';
import { describeBookingPolicy, splitDuration } from './booking-policy';

describe('splitDuration', () => {
  it('uses the largest whole unit', () => {
    expect(splitDuration(2880)).toEqual({ unit: 'day', count: 2 });
    expect(splitDuration(120)).toEqual({ unit: 'hour', count: 2 });
    expect(splitDuration(90)).toEqual({ unit: 'minute', count: 90 });
    expect(splitDuration(0)).toEqual({ unit: 'minute', count: 0 });
  });
});

describe('describeBookingPolicy', () => {
  it('states horizon, notice and the free cancellation window', () => {
    expect(
      describeBookingPolicy({ horizonDays: 14, minNoticeMinutes: 120, cancellationWindowHours: 24 }),
    ).toEqual([
      { message: 'horizon', period: { unit: 'day', count: 14 } },
      { message: 'minNotice', period: { unit: 'hour', count: 2 } },
      { message: 'cancellation', period: { unit: 'hour', count: 24 } },
    ]);
  });

  it('says so when booking and cancelling are allowed until the visit', () => {
    const rules = describeBookingPolicy({ horizonDays: 7, minNoticeMinutes: 0, cancellationWindowHours: 0 });
    expect(rules.map((rule) => rule.message)).toEqual(['horizon', 'minNoticeNone', 'cancellationAny']);
  });
});
