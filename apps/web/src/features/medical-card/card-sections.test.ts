import { describe, expect, it } from 'vitest';
import { CARD_SECTIONS, cardHref, sectionOf } from './card-sections';

describe('card sections', () => {
  it('has the eight tabs of issue 11 in order', () => {
    expect(CARD_SECTIONS.map((s) => s.id)).toEqual([
      'overview',
      'visits',
      'diagnoses',
      'labs',
      'documents',
      'prescriptions',
      'immunizations',
      'coverage',
    ]);
  });

  it('finds a section by its path segment', () => {
    expect(sectionOf(undefined)?.id).toBe('overview');
    expect(sectionOf('labs')?.id).toBe('labs');
    expect(sectionOf('nothing')).toBeNull();
  });

  it('keeps the ward in the address', () => {
    expect(cardHref('overview')).toBe('/card');
    expect(cardHref('labs', 'p-1')).toBe('/card/labs?patientId=p-1');
    expect(cardHref('labs', null, { analyte: '718-7' })).toBe('/card/labs?analyte=718-7');
  });
});
