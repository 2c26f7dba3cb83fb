import { describe, expect, it } from 'vitest';
import { prescriptionNumber } from './create-prescription';
import { sectionsOf } from './encounter-sections';

describe('the visit record sections', () => {
  it('keeps text trimmed and turns blank or missing sections into null', () => {
    expect(sectionsOf({ complaints: '  Кашель ', anamnesis: '   ', examination: undefined })).toEqual({
      complaints: 'Кашель',
      anamnesis: null,
      examination: null,
      conclusion: null,
      recommendations: null,
      followUp: null,
    });
  });
});

describe('the prescription number', () => {
  it('is the day and eight hex digits of the id, upper case', () => {
    expect(prescriptionNumber('2026-12-06', '951b8cdd-1234-4000-8000-000000000000')).toBe(
      '20261206-951B8CDD',
    );
  });
});
