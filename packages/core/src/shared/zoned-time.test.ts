import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  atLocalMinutes,
  formatInZone,
  isoWeekday,
  localDate,
  localTime,
  offsetMinutes,
  startOfLocalDay,
} from './zoned-time';

describe('clinic-local time', () => {
  it('writes Kaliningrad (UTC+2) times with their offset', () => {
    const at = new Date('2026-12-01T07:00:00Z');
    expect(formatInZone(at, 'Europe/Kaliningrad')).toBe('2026-12-01T09:00:00+02:00');
    expect(offsetMinutes(at, 'Europe/Kaliningrad')).toBe(120);
  });

  it('puts a Kamchatka (UTC+12) morning on the next calendar day than UTC', () => {
    // 21:30 UTC on 30 November is 09:30 on 1 December in Petropavlovsk-Kamchatsky.
    const at = new Date('2026-11-30T21:30:00Z');
    expect(formatInZone(at, 'Asia/Kamchatka')).toBe('2026-12-01T09:30:00+12:00');
    expect(localDate(at, 'Asia/Kamchatka')).toBe('2026-12-01');
    expect(localDate(at, 'Europe/Kaliningrad')).toBe('2026-11-30');
    expect(localTime(at, 'Asia/Kamchatka')).toBe('09:30');
  });

  it('writes Kaliningrad times just before and after UTC midnight on the right local day', () => {
    expect(formatInZone(new Date('2026-11-30T21:59:00Z'), 'Europe/Kaliningrad')).toBe(
      '2026-11-30T23:59:00+02:00',
    );
    expect(formatInZone(new Date('2026-11-30T22:00:00Z'), 'Europe/Kaliningrad')).toBe(
      '2026-12-01T00:00:00+02:00',
    );
  });

  it('finds the instant a local day begins', () => {
    expect(startOfLocalDay('2026-12-01', 'Asia/Kamchatka').toISOString()).toBe('2026-11-30T12:00:00.000Z');
    expect(startOfLocalDay('2026-12-01', 'Europe/Kaliningrad').toISOString()).toBe(
      '2026-11-30T22:00:00.000Z',
    );
    expect(startOfLocalDay('2026-12-01', 'UTC').toISOString()).toBe('2026-12-01T00:00:00.000Z');
  });

  it('handles zones west of UTC and daylight saving (not Russian, but nothing here assumes Russia)', () => {
    expect(formatInZone(new Date('2026-07-01T12:00:00Z'), 'America/New_York')).toBe(
      '2026-07-01T08:00:00-04:00',
    );
    expect(startOfLocalDay('2026-03-08', 'America/New_York').toISOString()).toBe('2026-03-08T05:00:00.000Z');
  });

  it('turns a local wall time into its instant', () => {
    expect(atLocalMinutes('2026-12-01', 8 * 60, 'Asia/Kamchatka').toISOString()).toBe(
      '2026-11-30T20:00:00.000Z',
    );
    expect(atLocalMinutes('2026-12-01', 8 * 60, 'Europe/Kaliningrad').toISOString()).toBe(
      '2026-12-01T06:00:00.000Z',
    );
    expect(atLocalMinutes('2026-12-01', 24 * 60, 'Europe/Moscow').toISOString()).toBe(
      '2026-12-01T21:00:00.000Z',
    );
  });

  it('moves a wall time skipped by summer time forward and takes the first of a repeated one', () => {
    // Berlin: 02:00 → 03:00 on 29 March 2026, 03:00 → 02:00 on 25 October 2026.
    expect(atLocalMinutes('2026-03-29', 2 * 60 + 30, 'Europe/Berlin').toISOString()).toBe(
      '2026-03-29T01:30:00.000Z',
    );
    expect(atLocalMinutes('2026-03-29', 4 * 60, 'Europe/Berlin').toISOString()).toBe(
      '2026-03-29T02:00:00.000Z',
    );
    expect(atLocalMinutes('2026-10-25', 2 * 60 + 30, 'Europe/Berlin').toISOString()).toBe(
      '2026-10-25T00:30:00.000Z',
    );
    expect(atLocalMinutes('2026-10-25', 4 * 60, 'Europe/Berlin').toISOString()).toBe(
      '2026-10-25T03:00:00.000Z',
    );
    expect(atLocalMinutes('2026-03-08', 2 * 60 + 30, 'America/New_York').toISOString()).toBe(
      '2026-03-08T07:30:00.000Z',
    );
  });

  it('names ISO weekdays: Monday 1, Sunday 7', () => {
    expect(['2026-11-30', '2026-12-05', '2026-12-06'].map(isoWeekday)).toEqual([1, 6, 7]);
  });

  it('reads every zone as Intl does, across offset changes and odd offsets (the remembered quarter hours)', () => {
    // The reference, by another road than the module's formatter: the Swedish locale writes the wall clock
    // as "yyyy-mm-dd hh:mm:ss"; the offset is that wall clock read as UTC minus the instant, in minutes.
    const reference = (at: Date, timeZone: string) => {
      const [date = '', time = ''] = at.toLocaleString('sv-SE', { timeZone }).split(' ');
      const asUtc = Date.parse(`${date}T${time}Z`);
      return {
        date,
        time: time.slice(0, 5),
        offset: Math.round((asUtc - Math.floor(at.getTime() / 1000) * 1000) / 60_000),
      };
    };
    // Daylight saving (Berlin, New York), a half-hour change (Lord Howe), +05:45, Russia's 2011 and 2014
    // changes, and local mean time with seconds (Moscow before 1919).
    const zones = [
      'Europe/Berlin',
      'America/New_York',
      'Australia/Lord_Howe',
      'Asia/Kathmandu',
      'Europe/Moscow',
      'Asia/Kamchatka',
      'Europe/Kaliningrad',
    ];
    const transitions = [
      '2026-03-29T01:00:00Z', // Berlin to summer time
      '2026-11-01T06:00:00Z', // New York to standard time
      '2026-04-04T15:00:00Z', // Lord Howe back by 30 minutes
      '2011-03-26T23:00:00Z', // Moscow to permanent +04
      '2014-10-25T22:00:00Z', // Moscow back to +03
      '1916-07-03T00:00:00Z', // Moscow in local mean time
    ].map((iso) => new Date(iso).getTime());
    const near = fc
      .tuple(fc.constantFrom(...transitions), fc.integer({ min: -3 * 3_600, max: 3 * 3_600 }))
      .map(([t, s]) => new Date(t + s * 1_000));
    const anywhere = fc.date({
      min: new Date('1900-01-01T00:00:00Z'),
      max: new Date('2100-01-01T00:00:00Z'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(fc.oneof(near, anywhere), fc.constantFrom(...zones), (at, timeZone) => {
        const want = reference(at, timeZone);
        expect(localDate(at, timeZone)).toBe(want.date);
        expect(localTime(at, timeZone)).toBe(want.time);
        expect(offsetMinutes(at, timeZone)).toBe(want.offset);
      }),
      { numRuns: 3_000 },
    );
  });
});
