import { describe, expect, it } from 'vitest';
import { FhirError } from '../fhir-outcome';
import { entryResource, labBundle } from '../testing/lab-bundle';
import { readLabBundle } from './lab-report-bundle';

const SNILS = '112-233-445 95';
const ORDER = '0b6f1c52-8d4e-4f0a-9a43-2f6d8e1c0a11';

/** The element a refused Bundle is refused for. */
function refusedAt(bundle: unknown): string | undefined {
  try {
    readLabBundle(bundle);
  } catch (error) {
    if (error instanceof FhirError && error.status === 422) return error.detail.expression;
    throw error;
  }
  return undefined;
}

describe('a laboratory transaction Bundle, read', () => {
  it('gives the report, its results, the patient by SNILS digits and the order it is based on', () => {
    const read = readLabBundle(
      labBundle({ patient: { snils: SNILS }, reportNumber: 'R-1', basedOnOrderId: ORDER }),
    );
    expect(read.report).toMatchObject({
      patient: { kind: 'snils', value: '11223344595' },
      identifier: { value: 'R-1' },
      basedOnOrderId: ORDER,
      code: '14749-6',
      name: 'Глюкоза',
      performerName: 'КДЛ «Инвитро-Тест»',
      effectiveAt: new Date('2026-11-02T04:30:00Z'),
      observations: [
        { code: '14749-6', value: 6.3, valueKind: 'quantity', unit: 'mmol/L' },
        { code: '718-7', value: 125, unit: 'g/L' },
      ],
    });
    expect(read.report.fields.observations[1]).toEqual({
      code: 'Bundle.entry[2].resource.code',
      unit: 'Bundle.entry[2].resource.valueQuantity.code',
    });
    expect(read.observationEntries).toEqual([
      { index: 1, code: '14749-6' },
      { index: 2, code: '718-7' },
    ]);
  });

  it('takes the patient by ЕНП, checked by its digit', () => {
    const enp = readLabBundle(labBundle({ patient: { enp: '7700 0000 0000 0016' }, reportNumber: 'R-2' }));
    expect(enp.report.patient).toEqual({ kind: 'enp', value: '7700000000000016' });
    expect(refusedAt(labBundle({ patient: { enp: '7700000000000017' }, reportNumber: 'R-2' }))).toBe(
      'Bundle.entry[0].resource.subject.identifier.value',
    );
  });

  it('refuses, naming the element, what it cannot store', () => {
    const spoilt = (spoil: (bundle: ReturnType<typeof labBundle>) => void) => {
      const bundle = labBundle({ patient: { snils: SNILS }, reportNumber: 'R-3' });
      spoil(bundle);
      return refusedAt(bundle);
    };
    expect(spoilt((b) => (b.type = 'batch'))).toBe('Bundle.type');
    expect(spoilt((b) => delete entryResource(b, 0).effectiveDateTime)).toBe(
      'Bundle.entry[0].resource.effectiveDateTime',
    );
    expect(spoilt((b) => (entryResource(b, 0).effectiveDateTime = '02.11.2026'))).toBe(
      'Bundle.entry[0].resource.effectiveDateTime',
    );
    expect(spoilt((b) => delete entryResource(b, 0).identifier)).toBe('Bundle.entry[0].resource.identifier');
    expect(spoilt((b) => (entryResource(b, 0).status = 'preliminary'))).toBe(
      'Bundle.entry[0].resource.status',
    );
    expect(
      spoilt((b) => (entryResource(b, 0).subject = { identifier: { system: 'urn:other', value: '1' } })),
    ).toBe('Bundle.entry[0].resource.subject.identifier.system');
    expect(spoilt((b) => (entryResource(b, 1).valueQuantity = { value: '6,3' }))).toBe(
      'Bundle.entry[1].resource.valueQuantity.value',
    );
    expect(
      spoilt((b) => ((entryResource(b, 2).valueQuantity as Record<string, unknown>).system = 'urn:units')),
    ).toBe('Bundle.entry[2].resource.valueQuantity.system');
    expect(spoilt((b) => (entryResource(b, 2).code = { coding: [{ system: 'urn:x', code: '1' }] }))).toBe(
      'Bundle.entry[2].resource.code.coding',
    );
    expect(spoilt((b) => (entryResource(b, 2).code = entryResource(b, 1).code))).toBe(
      'Bundle.entry[2].resource.code',
    );
    expect(spoilt((b) => (entryResource(b, 0).basedOn = [{ reference: 'ServiceRequest/abc' }]))).toBe(
      'Bundle.entry[0].resource.basedOn[0].reference',
    );
    expect(spoilt((b) => (entryResource(b, 0).result = [{ reference: 'urn:uuid:elsewhere' }]))).toBe(
      'Bundle.entry[0].resource.result[0]',
    );
  });
});
