import { describe, expect, it } from 'vitest';
import type { DomainError } from '../shared';
import { type ExceptionInput, validateException } from './validate-exception';

const at = (iso: string) => new Date(iso);
const refused = (input: ExceptionInput) => {
  try {
    validateException(input);
  } catch (error) {
    expect((error as DomainError).code).toBe('SCHEDULE_EXCEPTION_INVALID');
    return (error as DomainError).options.fieldErrors?.map((e) => e.field);
  }
  throw new Error('expected a refusal');
};

describe('validateException', () => {
  it('accepts an absence and trims its reason', () => {
    expect(
      validateException({
        kind: 'vacation',
        startsAt: at('2026-12-01T00:00:00+03:00'),
        endsAt: at('2026-12-15T00:00:00+03:00'),
        reason: '  ежегодный отпуск ',
      }),
    ).toMatchObject({ kind: 'vacation', reason: 'ежегодный отпуск' });
  });

  it('refuses an unknown kind and an end not after the start', () => {
    expect(
      refused({ kind: 'holiday', startsAt: at('2026-12-01T10:00Z'), endsAt: at('2026-12-01T09:00Z') }),
    ).toEqual(['body.kind', 'body.endsAt']);
    expect(
      refused({ kind: 'absence', startsAt: at('2026-12-01T10:00Z'), endsAt: at('2026-12-01T10:00Z') }),
    ).toEqual(['body.endsAt']);
  });

  it('limits extra hours to a day and absences to a year', () => {
    expect(
      refused({ kind: 'extra_hours', startsAt: at('2026-12-01T06:00Z'), endsAt: at('2026-12-02T07:00Z') }),
    ).toEqual(['body.endsAt']);
    expect(
      refused({ kind: 'sick_day', startsAt: at('2026-01-01T00:00Z'), endsAt: at('2027-06-01T00:00Z') }),
    ).toEqual(['body.endsAt']);
  });
});
