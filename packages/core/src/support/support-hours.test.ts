import { describe, expect, it } from 'vitest';
import { DEFAULT_SUPPORT_HOURS, parseSupportHours, supportAvailability } from './support-hours';

// 2026-12-07 is a Monday; Moscow is UTC+3.
const moscow = (date: string, time: string) => new Date(`${date}T${time}:00+03:00`);

describe('supportAvailability', () => {
  it('is open on a weekday within the hours', () => {
    expect(supportAvailability(DEFAULT_SUPPORT_HOURS, moscow('2026-12-07', '08:00'))).toEqual({
      open: true,
      opensAt: null,
    });
    expect(supportAvailability(DEFAULT_SUPPORT_HOURS, moscow('2026-12-07', '19:59')).open).toBe(true);
  });

  it('says when operators answer next: later today, tomorrow, or on Monday after a weekend', () => {
    expect(supportAvailability(DEFAULT_SUPPORT_HOURS, moscow('2026-12-07', '07:30'))).toEqual({
      open: false,
      opensAt: moscow('2026-12-07', '08:00'),
    });
    expect(supportAvailability(DEFAULT_SUPPORT_HOURS, moscow('2026-12-07', '20:00')).opensAt).toEqual(
      moscow('2026-12-08', '08:00'),
    );
    expect(supportAvailability(DEFAULT_SUPPORT_HOURS, moscow('2026-12-11', '21:00')).opensAt).toEqual(
      moscow('2026-12-14', '08:00'),
    );
  });
});

describe('parseSupportHours', () => {
  it('reads a weekday range and a time range', () => {
    expect(parseSupportHours('1-7 09:00-18:30')).toEqual({
      weekdays: [1, 2, 3, 4, 5, 6, 7],
      opensAt: 540,
      closesAt: 1110,
      timeZone: 'Europe/Moscow',
    });
    expect(parseSupportHours('6 10:00-14:00')?.weekdays).toEqual([6]);
  });

  it('refuses what does not read or is backwards', () => {
    expect(parseSupportHours('Mon-Fri')).toBeNull();
    expect(parseSupportHours('5-1 08:00-20:00')).toBeNull();
    expect(parseSupportHours('1-5 20:00-08:00')).toBeNull();
  });
});
