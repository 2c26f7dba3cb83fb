import { describe, expect, it } from 'vitest';
import { clinicWallTimeToIso, formatCalendarDate, formatMoscowDate, formatMoscowDateTime } from './dates';

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

  it('reads a datetime field in the clinic’s zone, not the browser’s', () => {
    expect(clinicWallTimeToIso('2026-12-07T08:00', 'Asia/Kamchatka')).toBe('2026-12-06T20:00:00.000Z');
    expect(clinicWallTimeToIso('2026-12-07T08:00', 'Europe/Kaliningrad')).toBe('2026-12-07T06:00:00.000Z');
    expect(clinicWallTimeToIso('2026-12-07T00:30', 'Europe/Moscow')).toBe('2026-12-06T21:30:00.000Z');
  });
});
