import { describe, expect, it } from 'vitest';
import { clinicSearchOf } from './clinic-overview';

describe('clinicSearchOf', () => {
  it('trims the text and collapses its spaces; blank is no search', () => {
    expect(clinicSearchOf({ query: '  поликлиника   №2 ', region: ' 77 ' })).toEqual({
      query: 'поликлиника №2',
      region: '77',
    });
    expect(clinicSearchOf({ query: '   ', region: '' })).toEqual({ query: null, region: null });
    expect(clinicSearchOf({})).toEqual({ query: null, region: null });
  });

  it('refuses a region that is not two digits and text over 100 characters, naming the field', () => {
    expect(() => clinicSearchOf({ region: 'Москва' })).toThrow(
      expect.objectContaining({ code: 'CLINIC_QUERY_INVALID', options: { field: 'query.region' } }),
    );
    expect(() => clinicSearchOf({ query: 'а'.repeat(101) })).toThrow(
      expect.objectContaining({ code: 'CLINIC_QUERY_INVALID', options: { field: 'query.query' } }),
    );
  });
});
