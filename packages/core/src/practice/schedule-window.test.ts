import { describe, expect, it } from 'vitest';
import { readWindow, scheduleDays } from './schedule-window';

describe('scheduleDays', () => {
  it('shows one day, or the ISO week around the date (Monday to Sunday)', () => {
    expect(scheduleDays('2026-12-09', 'day')).toEqual({ first: '2026-12-09', last: '2026-12-09' });
    expect(scheduleDays('2026-12-09', 'week')).toEqual({ first: '2026-12-07', last: '2026-12-13' });
    expect(scheduleDays('2026-12-13', 'week')).toEqual({ first: '2026-12-07', last: '2026-12-13' });
    expect(scheduleDays('2026-12-07', 'week')).toEqual({ first: '2026-12-07', last: '2026-12-13' });
  });

  it('reads a day more on each side, so Kamchatka and Kaliningrad mornings are inside', () => {
    expect(readWindow({ first: '2026-12-09', last: '2026-12-09' })).toEqual({
      from: new Date('2026-12-08T00:00:00Z'),
      to: new Date('2026-12-11T00:00:00Z'),
    });
  });
});
