import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared';
import { parsePatientQuery } from './patient-query';

describe('parsePatientQuery', () => {
  it('reads a SNILS with or without dashes', () => {
    expect(parsePatientQuery('112-233-445 95')).toEqual({ kind: 'snils', snils: '11223344595' });
    expect(parsePatientQuery('11223344595')).toEqual({ kind: 'snils', snils: '11223344595' });
  });

  it('reads a birth date typed the Russian way or as ISO', () => {
    expect(parsePatientQuery('05.03.1971')).toEqual({ kind: 'birthDate', birthDate: '1971-03-05' });
    expect(parsePatientQuery('1971-03-05')).toEqual({ kind: 'birthDate', birthDate: '1971-03-05' });
  });

  it('reads a surname prefix, with a name, capitalised, ё folded to е', () => {
    expect(parsePatientQuery('  фёдоров  иван ')).toEqual({ kind: 'name', surname: 'Федоров', name: 'Иван' });
    expect(parsePatientQuery('ЯК')).toEqual({ kind: 'name', surname: 'Як' });
  });

  it('refuses what names nobody: one letter, digits that are neither SNILS nor a date, Latin text', () => {
    for (const q of ['я', '12345', '31.02.2020', 'smith', '']) {
      expect(() => parsePatientQuery(q), q).toThrow(DomainError);
    }
  });
});
