import { describe, expect, it } from 'vitest';
import { parseDeskQuery } from './desk-query';

describe('parseDeskQuery', () => {
  it('reads a surname with a birth date, and a given name between them', () => {
    expect(parseDeskQuery('  Иванова   01.02.1980 ')).toEqual({
      surname: 'Иванова',
      birthDate: '01.02.1980',
    });
    expect(parseDeskQuery('Иванова Анна 1.2.1980')).toEqual({
      surname: 'Иванова',
      name: 'Анна',
      birthDate: '1.2.1980',
    });
  });

  it('takes a mobile number as a phone, with or without +7 or 8', () => {
    expect(parseDeskQuery('+7 956 854-29-03')).toEqual({ phone: '+7 956 854-29-03' });
    expect(parseDeskQuery('89568542903')).toEqual({ phone: '89568542903' });
    expect(parseDeskQuery('(956) 854-29-03')).toEqual({ phone: '(956) 854-29-03' });
  });

  it('takes a SNILS typed with hyphens, or eleven digits whose check digits match', () => {
    expect(parseDeskQuery('112-233-445 95')).toEqual({ snils: '112-233-445 95' });
    expect(parseDeskQuery('11223344595')).toEqual({ snils: '11223344595' });
    // A SNILS-looking number with wrong check digits goes to the server, which says so.
    expect(parseDeskQuery('11223344596')).toEqual({ snils: '11223344596' });
  });

  it('takes sixteen digits as an OMS policy', () => {
    expect(parseDeskQuery('7700000000000016')).toEqual({ oms: '7700000000000016' });
  });

  it('refuses what identifies nobody', () => {
    expect(parseDeskQuery('')).toBeNull();
    expect(parseDeskQuery('Иванова')).toBeNull();
    expect(parseDeskQuery('01.02.1980')).toBeNull();
    expect(parseDeskQuery('12345')).toBeNull();
  });
});
