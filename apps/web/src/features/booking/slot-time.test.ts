import { describe, expect, it } from 'vitest';
import { formatDayLong, formatSlotTime, formatVisitMoment, localDayRange } from './slot-time';

describe('slot times in the clinic zone', () => {
  it('asks for a clinic-local day with the clinic offset, Kaliningrad to Kamchatka', () => {
    expect(localDayRange('2026-12-07', 'Asia/Kamchatka')).toEqual({
      from: '2026-12-07T00:00:00+12:00',
      to: '2026-12-08T00:00:00+12:00',
    });
    expect(localDayRange('2026-12-31', 'Europe/Kaliningrad')).toEqual({
      from: '2026-12-31T00:00:00+02:00',
      to: '2027-01-01T00:00:00+02:00',
    });
  });

  it('shows a start in the clinic zone, not the browser one', () => {
    // 20:00 UTC on Sunday is Monday 08:00 in Kamchatka.
    expect(formatSlotTime('2026-12-06T20:00:00Z', 'Asia/Kamchatka', 'ru')).toBe('08:00');
    expect(formatVisitMoment('2026-12-06T20:00:00Z', 'Asia/Kamchatka', 'ru')).toBe(
      '7 декабря 2026 г. в 08:00 (UTC+12)',
    );
    expect(formatDayLong('2026-12-07', 'ru')).toBe('понедельник, 7 декабря');
  });
});
