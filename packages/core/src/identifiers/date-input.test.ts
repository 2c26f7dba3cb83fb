import { describe, expect, it } from 'vitest';
import { isValidBirthDate, isValidDateInput, parseBirthDate, parseDateInput } from './date-input';

const today = new Date('2025-06-15T12:00:00Z');

describe('parseDateInput', () => {
  it.each([
    ['05.03.1990', '1990-03-05'],
    ['5.3.1990', '1990-03-05'],
    ['1990-03-05', '1990-03-05'],
    [' 29.02.2024 ', '2024-02-29'],
    ['2000-02-29', '2000-02-29'],
    ['31.12.1999', '1999-12-31'],
  ])('accepts %j as %s', (input, value) => {
    expect(parseDateInput(input)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'EMPTY'],
    ['31.02.2020', 'RANGE'],
    ['29.02.2023', 'RANGE'],
    ['29.02.1900', 'RANGE'], // divisible by 100, not by 400
    ['31.04.2020', 'RANGE'],
    ['01.13.2020', 'RANGE'],
    ['00.01.2020', 'RANGE'],
    ['0000-01-01', 'RANGE'],
    ['05.03.90', 'FORMAT'],
    ['1990-3-5', 'FORMAT'],
    ['05/03/1990', 'FORMAT'],
    ['1990-03-05T00:00', 'FORMAT'],
  ])('rejects %j with %s', (input, error) => {
    expect(parseDateInput(input)).toEqual({ ok: false, error });
  });

  it('has a boolean shortcut', () => {
    expect(isValidDateInput('05.03.1990')).toBe(true);
  });
});

describe('parseBirthDate', () => {
  it('accepts today (a newborn) and rejects tomorrow', () => {
    expect(parseBirthDate('15.06.2025', today)).toEqual({ ok: true, value: '2025-06-15' });
    expect(parseBirthDate('16.06.2025', today)).toEqual({ ok: false, error: 'FUTURE' });
  });

  it('accepts age 130 until the 131st birthday', () => {
    expect(parseBirthDate('16.06.1894', today)).toEqual({ ok: true, value: '1894-06-16' }); // 130
    expect(parseBirthDate('15.06.1895', today).ok).toBe(true);
    expect(parseBirthDate('15.06.1894', today)).toEqual({ ok: false, error: 'TOO_OLD' }); // 131 today
  });

  it('passes on format errors', () => {
    expect(parseBirthDate('31.02.2020', today)).toEqual({ ok: false, error: 'RANGE' });
    expect(parseBirthDate('вчера', today)).toEqual({ ok: false, error: 'FORMAT' });
  });

  it('compares calendar dates, taking today in UTC unless a time zone is given', () => {
    const lateEvening = new Date('2025-06-15T22:30:00Z'); // already 16 June in Moscow (UTC+3)
    expect(isValidBirthDate('16.06.2025', lateEvening)).toBe(false);
    expect(isValidBirthDate('16.06.2025', lateEvening, 'Europe/Moscow')).toBe(true);
    expect(isValidBirthDate('17.06.2025', lateEvening, 'Europe/Moscow')).toBe(false);
  });
});
