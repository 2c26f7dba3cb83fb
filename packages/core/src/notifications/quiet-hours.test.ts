import { describe, expect, it } from 'vitest';
import { deferPastQuietHours, isInQuietHours } from './quiet-hours';

const NIGHT = { start: '22:00', end: '08:00' };

describe('quiet hours', () => {
  it('defers a late-evening moment to the next local morning (Kaliningrad, UTC+2)', () => {
    // 23:30 in Kaliningrad = 21:30 UTC.
    const at = new Date('2026-12-01T21:30:00Z');
    expect(isInQuietHours(at, NIGHT, 'Europe/Kaliningrad')).toBe(true);
    expect(deferPastQuietHours(at, NIGHT, 'Europe/Kaliningrad').toISOString()).toBe(
      '2026-12-02T06:00:00.000Z',
    );
  });

  it('defers an early-morning moment to the same morning (Kamchatka, UTC+12)', () => {
    // 05:00 on 2 Dec in Kamchatka = 17:00 UTC on 1 Dec.
    const at = new Date('2026-12-01T17:00:00Z');
    expect(deferPastQuietHours(at, NIGHT, 'Asia/Kamchatka').toISOString()).toBe('2026-12-01T20:00:00.000Z');
  });

  it('leaves daytime alone, and the same instant is night in one zone and day in another', () => {
    const at = new Date('2026-12-01T12:00:00Z'); // 15:00 Moscow, 00:00 Kamchatka
    expect(isInQuietHours(at, NIGHT, 'Europe/Moscow')).toBe(false);
    expect(deferPastQuietHours(at, NIGHT, 'Europe/Moscow')).toBe(at);
    expect(isInQuietHours(at, NIGHT, 'Asia/Kamchatka')).toBe(true);
  });

  it('handles a period within one day, and an empty period means none', () => {
    const lunch = { start: '13:00', end: '14:00' };
    const at = new Date('2026-12-01T10:30:00Z'); // 13:30 Moscow
    expect(deferPastQuietHours(at, lunch, 'Europe/Moscow').toISOString()).toBe('2026-12-01T11:00:00.000Z');
    expect(isInQuietHours(at, { start: '00:00', end: '00:00' }, 'Europe/Moscow')).toBe(false);
  });

  it('treats the end as the first allowed minute', () => {
    const at = new Date('2026-12-01T05:00:00Z'); // 08:00 Moscow
    expect(isInQuietHours(at, NIGHT, 'Europe/Moscow')).toBe(false);
  });
});
