import { describe, expect, it } from 'vitest';
import { formatCalendarDate, formatMoscowDate, formatMoscowDateTime } from './dates';

describe('dates', () => {
  it('shows a calendar date as it is, without a zone shift', () => {
    expect(formatCalendarDate('2015-04-12', 'ru')).toBe('12.04.2015');
    expect(formatCalendarDate('not a date', 'ru')).toBe('not a date');
  });

  it('shows an instant on its Moscow day', () => {
    // 22:30 UTC is already the next day in Moscow (UTC+3).
    expect(formatMoscowDate('2026-11-22T22:30:00Z', 'ru')).toBe('23.11.2026');
    expect(formatMoscowDateTime('2026-11-22T10:00:00Z', 'ru')).toBe('22.11.2026, 13:00');
  });
});
