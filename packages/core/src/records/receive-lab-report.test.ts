import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared';
import { checkReceivedResults } from './receive-lab-report';
import type { ClinicalReference } from './records.ports';

const glucose = {
  code: '14749-6',
  system: 'http://loinc.org',
  name: 'Глюкоза',
  unit: 'mmol/L',
  unitDisplay: 'ммоль/л',
  ranges: [],
} as const;
const reference = {
  analyte: (code: string) => (code === glucose.code ? glucose : undefined),
  labPanel: (code: string) =>
    code === 'glucose' ? { code, name: 'Глюкоза крови', analytes: [glucose.code] } : undefined,
} as unknown as ClinicalReference;

const fields = {
  patient: 'p',
  basedOn: 'b',
  code: 'report.code',
  observations: [{ code: 'obs.code', unit: 'obs.unit' }],
};

function refusal(work: () => unknown): [string, string | undefined] | null {
  try {
    work();
  } catch (error) {
    if (error instanceof DomainError) return [error.code, error.options.field];
    throw error;
  }
  return null;
}

describe('the results a laboratory posts', () => {
  it('are named from the catalogue when the report has no name of its own', () => {
    expect(
      checkReceivedResults(reference, {
        code: 'glucose',
        name: '',
        observations: [{ code: '14749-6', value: 6.3 }],
        fields,
      }),
    ).toBe('Глюкоза крови');
    expect(
      checkReceivedResults(reference, {
        code: '14749-6',
        name: 'Сахар',
        observations: [{ code: '14749-6', value: 6.3 }],
        fields,
      }),
    ).toBe('Сахар');
  });

  it('must be analytes of the catalogue, in its unit unless the laboratory gives its own range', () => {
    const check =
      (observation: Record<string, unknown>, code = 'glucose') =>
      () =>
        checkReceivedResults(reference, {
          code,
          name: '',
          observations: [{ code: '14749-6', value: 6.3, ...observation }],
          fields,
        });
    expect(refusal(check({ code: '99999-9' }))).toEqual(['UNKNOWN_ANALYTE', 'obs.code']);
    expect(refusal(check({ unit: 'mg/dL' }))).toEqual(['LAB_REPORT_INVALID', 'obs.unit']);
    expect(refusal(check({ unit: 'mg/dL', referenceRange: { low: 70, high: 99 } }))).toBeNull();
    expect(refusal(check({}, 'no-such-panel'))).toEqual(['UNKNOWN_LAB_TEST', 'report.code']);
  });
});
