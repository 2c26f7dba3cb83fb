import { describe, expect, it } from 'vitest';
import { classifyWait, toSpecialtyWait, waitNormOf, workingDaysBetween } from './wait-norms';

const MOSCOW = 'Europe/Moscow';
const at = (iso: string) => new Date(iso);

describe('waitNormOf', () => {
  it('gives primary care 24 hours, specialists 14 working days and services none', () => {
    expect(waitNormOf('therapist')).toEqual({ kind: 'hours', limit: 24 });
    expect(waitNormOf('pediatrician')).toEqual({ kind: 'hours', limit: 24 });
    expect(waitNormOf('gp')).toEqual({ kind: 'hours', limit: 24 });
    expect(waitNormOf('cardiologist')).toEqual({ kind: 'working_days', limit: 14 });
    expect(waitNormOf('vaccination')).toEqual({ kind: 'none' });
  });
});

describe('workingDaysBetween', () => {
  it('counts the days after today up to the slot day, skipping weekends', () => {
    expect(workingDaysBetween('2026-12-02', '2026-12-02')).toBe(0);
    expect(workingDaysBetween('2026-12-02', '2026-12-03')).toBe(1);
    // Friday → Monday: Saturday and Sunday are not worked.
    expect(workingDaysBetween('2026-12-04', '2026-12-07')).toBe(1);
  });

  it('skips the New Year holidays (31 December 2026 moved off by decree № 1466, 1–8 January 2027)', () => {
    // Wednesday 30 December 2026 → Monday 11 January 2027: twelve calendar days, one working day.
    expect(workingDaysBetween('2026-12-30', '2027-01-11')).toBe(1);
    expect(workingDaysBetween('2026-12-30', '2027-01-12')).toBe(2);
  });
});

describe('classifyWait', () => {
  const now = at('2026-12-02T09:00:00Z');

  it('meets the 24-hour norm at exactly 24 hours and breaks it a minute later', () => {
    const norm = waitNormOf('therapist');
    expect(classifyWait(norm, now, at('2026-12-03T09:00:00Z'), MOSCOW)).toBe('met');
    expect(classifyWait(norm, now, at('2026-12-03T09:01:00Z'), MOSCOW)).toBe('violated');
  });

  it('counts the specialists’ 14 working days on the clinic-local calendar', () => {
    const norm = waitNormOf('neurologist');
    // Wednesday 2 December + 14 working days = Tuesday 22 December.
    expect(classifyWait(norm, now, at('2026-12-22T10:00:00Z'), MOSCOW)).toBe('met');
    expect(classifyWait(norm, now, at('2026-12-23T10:00:00Z'), MOSCOW)).toBe('violated');
  });

  it('meets the specialists’ norm across the holidays where calendar days would break it', () => {
    const norm = waitNormOf('neurologist');
    const before = at('2026-12-25T09:00:00Z'); // Friday
    // Friday 25 December → Tuesday 19 January 2027: 25 calendar days, 10 working days (28–30 December, 11–15 and 18–19 January).
    expect(workingDaysBetween('2026-12-25', '2027-01-19')).toBe(10);
    expect(classifyWait(norm, before, at('2027-01-19T07:00:00Z'), MOSCOW)).toBe('met');
  });

  it('takes no third free slot as a violation, and services as not applicable', () => {
    expect(classifyWait(waitNormOf('therapist'), now, null, MOSCOW)).toBe('violated');
    expect(classifyWait(waitNormOf('vaccination'), now, null, MOSCOW)).toBe('not_applicable');
  });

  it('uses the clinic’s zone for the day: 23:30 in Vladivostok is already the next day', () => {
    const norm = waitNormOf('neurologist');
    // 2 December 14:30 UTC = 3 December 00:30 in Vladivostok (UTC+10): one working day less.
    const evening = at('2026-12-02T14:30:00Z');
    expect(classifyWait(norm, evening, at('2026-12-23T01:00:00Z'), 'Asia/Vladivostok')).toBe('met');
  });
});

describe('toSpecialtyWait', () => {
  it('gives calendar days with one decimal and working days', () => {
    const wait = toSpecialtyWait(
      {
        organizationId: 'o',
        organizationName: 'ГП 1',
        timeZone: MOSCOW,
        specialtyCode: 'therapist',
        specialtyName: 'Терапевт',
        thirdSlotAt: at('2026-12-03T21:00:00Z'),
      },
      at('2026-12-02T09:00:00Z'),
    );
    expect(wait).toMatchObject({ calendarDays: 1.5, workingDays: 2, status: 'violated' });
  });
});
