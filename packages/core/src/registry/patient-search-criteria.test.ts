import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared';
import { maskSnils, parsePatientSearch } from './patient-search-criteria';

const today = new Date('2026-11-30T09:00:00Z');
const refusal = (input: Parameters<typeof parsePatientSearch>[0]) => {
  try {
    parsePatientSearch(input, today);
  } catch (error) {
    if (error instanceof DomainError) return error;
  }
  throw new Error('expected a refusal');
};

describe('parsePatientSearch', () => {
  it('normalises every criterion to the form stored or indexed', () => {
    expect(
      parsePatientSearch(
        {
          snils: '112-233-445 95',
          oms: '7700 0000 0000 0016',
          phone: '8 (916) 123-45-67',
          surname: '  СЕМЁНОВА ',
          name: 'алёна',
          birthDate: '01.02.1970',
        },
        today,
      ),
    ).toEqual({
      snils: '11223344595',
      oms: '7700000000000016',
      phone: '+79161234567',
      surname: 'Семенова',
      name: 'Алена',
      birthDate: '1970-02-01',
    });
  });

  it('accepts any single identifier, or a surname with a birth date', () => {
    expect(parsePatientSearch({ snils: '11223344595' }, today)).toEqual({ snils: '11223344595' });
    expect(parsePatientSearch({ phone: '+79161234567', surname: '' }, today)).toEqual({
      phone: '+79161234567',
    });
    expect(parsePatientSearch({ surname: 'Иванова', birthDate: '1985-03-05' }, today)).toEqual({
      surname: 'Иванова',
      birthDate: '1985-03-05',
    });
  });

  it('requires an identifying criterion: nothing, blanks or a birth date alone name nobody', () => {
    for (const input of [{}, { snils: '  ', phone: '' }, { birthDate: '1985-03-05' }]) {
      expect(refusal(input).code).toBe('SEARCH_CRITERIA_REQUIRED');
    }
  });

  it('needs a birth date with a name, and a surname with a given name', () => {
    expect(refusal({ surname: 'Иванова' }).options.fieldErrors).toEqual([
      { field: 'body.birthDate', message: 'Для поиска по фамилии и имени укажите дату рождения.' },
    ]);
    expect(refusal({ name: 'Мария', birthDate: '1985-03-05' }).options.fieldErrors).toEqual([
      { field: 'body.surname', message: 'Для поиска по имени укажите и фамилию.' },
    ]);
  });

  it('reports every malformed field at once', () => {
    const error = refusal({
      snils: '112-233-445 96',
      oms: '123',
      phone: 'abc',
      surname: 'Smith',
      birthDate: '31.12.2099',
    });
    expect(error.code).toBe('SEARCH_CRITERIA_INVALID');
    expect(error.options.fieldErrors?.map((e) => e.field)).toEqual([
      'body.snils',
      'body.oms',
      'body.phone',
      'body.surname',
      'body.birthDate',
    ]);
  });
});

describe('maskSnils', () => {
  it('keeps only the last five digits', () => {
    expect(maskSnils('11223344595')).toBe('***-***-445 95');
  });
});
