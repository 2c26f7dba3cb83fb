import { describe, expect, it } from 'vitest';
import { dueDate, isCalendarKnown, isOverdue, isWorkingDay, PRODUCTION_CALENDAR } from './index';

/** A moment given in Moscow time. */
const msk = (local: string) => new Date(`${local}+03:00`);
/** The end of a Moscow calendar day, as `dueDate` returns it. */
const endOfDay = (date: string) => new Date(`${date}T23:59:59.999+03:00`);

describe('isWorkingDay', () => {
  it('skips weekends, the holidays of ТК РФ ст. 112 and the days moved by decree', () => {
    expect(isWorkingDay('2026-11-05')).toBe(true);
    expect(isWorkingDay('2026-11-04')).toBe(false); // День народного единства
    expect(isWorkingDay('2026-02-21')).toBe(false); // Saturday
    expect(isWorkingDay('2026-01-09')).toBe(false); // moved from 3 January by decree № 1466
    expect(isWorkingDay('2026-12-31')).toBe(false); // moved from 4 January
    expect(isWorkingDay('2026-03-09')).toBe(false); // 8 March was a Sunday
    expect(isWorkingDay('2027-05-03')).toBe(false); // 1 May 2027 is a Saturday
    expect(isWorkingDay('2027-06-14')).toBe(false); // 12 June 2027 is a Saturday
    expect(isWorkingDay('2027-01-11')).toBe(true);
  });

  it('keeps its data tidy: weekdays only, in the covered years, sorted, each once', () => {
    const days = PRODUCTION_CALENDAR.nonWorkingWeekdays;
    expect([...days].sort()).toEqual([...days]);
    expect(new Set(days).size).toBe(days.length);
    for (const day of days) {
      const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
      expect(weekday, day).toBeGreaterThanOrEqual(1);
      expect(weekday, day).toBeLessThanOrEqual(5);
      expect(isCalendarKnown(Number(day.slice(0, 4))), day).toBe(true);
    }
    for (const year of PRODUCTION_CALENDAR.years) {
      for (const holiday of ['01-01', '01-07', '02-23', '05-01', '06-12', '11-04']) {
        const date = `${year}-${holiday}`;
        const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
        if (weekday >= 1 && weekday <= 5) expect(isWorkingDay(date), date).toBe(false);
      }
    }
  });
});

describe('dueDate', () => {
  it('gives an access request 10 working days from the next day, skipping a holiday', () => {
    // Monday 2 November 2026; 4 November is a holiday.
    expect(dueDate('access', msk('2026-11-02T10:00:00'))).toEqual(endOfDay('2026-11-17'));
  });

  it('counts the day of receipt in Moscow time, not UTC', () => {
    // 22:30 UTC on 2 November is 01:30 on 3 November in Moscow.
    expect(dueDate('access', new Date('2026-11-02T22:30:00Z'))).toEqual(endOfDay('2026-11-18'));
    expect(endOfDay('2026-11-18').toISOString()).toBe('2026-11-18T20:59:59.999Z');
  });

  it('gives a correction 7 working days, across the May holidays', () => {
    // Friday 8 May 2026; 9–11 May are off.
    expect(dueDate('correction', msk('2026-05-08T15:00:00'))).toEqual(endOfDay('2026-05-20'));
  });

  it('crosses the New Year holidays of both years', () => {
    // 31 December 2026 and 1–10 January 2027 are not worked.
    expect(dueDate('access', msk('2026-12-30T12:00:00'))).toEqual(endOfDay('2027-01-22'));
  });

  it('gives a request sent on a weekend as many working days as one sent on Monday', () => {
    // Saturday 7 March 2026; 8 March (Sunday) moves the day off to Monday 9 March.
    expect(dueDate('access', msk('2026-03-07T20:00:00'))).toEqual(endOfDay('2026-03-23'));
  });

  it('gives deletion 30 calendar days, holidays included', () => {
    expect(dueDate('deletion', msk('2026-12-15T12:00:00'))).toEqual(endOfDay('2027-01-14'));
    expect(dueDate('deletion', msk('2026-06-01T00:10:00'))).toEqual(endOfDay('2026-07-01'));
  });
});

describe('isOverdue', () => {
  const dueAt = endOfDay('2026-11-17');
  it('is true only for an open request past its deadline', () => {
    const after = msk('2026-11-18T00:00:00');
    expect(isOverdue({ status: 'received', dueAt }, after)).toBe(true);
    expect(isOverdue({ status: 'in_progress', dueAt }, after)).toBe(true);
    expect(isOverdue({ status: 'done', dueAt }, after)).toBe(false);
    expect(isOverdue({ status: 'received', dueAt }, msk('2026-11-17T23:59:00'))).toBe(false);
  });
});
