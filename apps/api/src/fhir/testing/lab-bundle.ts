import type { FhirResource } from '../fhir-types';
import { IdentifierSystem } from '../identifier-systems';

const LAB = 'urn:oid:1.2.643.5.1.13.13.12.2.77.7701.100.1';

/** The Observation entry `n` of the Bundle: one analyte's value in its UCUM unit. */
const result = (n: number, code: string, value: number, unit: string) => ({
  fullUrl: `urn:uuid:6f1f2c4e-0b1a-4c55-9d2e-00000000000${n}`,
  resource: {
    resourceType: 'Observation',
    status: 'final',
    code: { coding: [{ system: 'http://loinc.org', code }] },
    valueQuantity: { value, unit, system: 'http://unitsofmeasure.org', code: unit },
  },
  request: { method: 'POST', url: 'Observation' },
});

/**
 * A laboratory's transaction as a laboratory information system sends it: a blood glucose panel for the
 * patient named by SNILS (or ЕНП) — glucose 6.3 mmol/L (above the catalogue's range) and haemoglobin
 * 125 g/L — with the laboratory's report number as its identifier.
 */
export function labBundle(options: {
  patient: { snils: string } | { enp: string };
  reportNumber: string;
  basedOnOrderId?: string;
}): FhirResource {
  const identifier =
    'snils' in options.patient
      ? { system: IdentifierSystem.SNILS, value: options.patient.snils }
      : { system: IdentifierSystem.ENP, value: options.patient.enp };
  return {
    resourceType: 'Bundle',
    type: 'transaction',
    entry: [
      {
        fullUrl: 'urn:uuid:6f1f2c4e-0b1a-4c55-9d2e-000000000001',
        resource: {
          resourceType: 'DiagnosticReport',
          identifier: [{ system: LAB, value: options.reportNumber }],
          status: 'final',
          ...(options.basedOnOrderId
            ? { basedOn: [{ reference: `ServiceRequest/${options.basedOnOrderId}` }] }
            : {}),
          code: { coding: [{ system: 'http://loinc.org', code: '14749-6', display: 'Глюкоза' }] },
          subject: { identifier },
          effectiveDateTime: '2026-11-02T07:30:00+03:00',
          issued: '2026-11-02T12:00:00+03:00',
          performer: [{ display: 'КДЛ «Инвитро-Тест»' }],
          result: [
            { reference: 'urn:uuid:6f1f2c4e-0b1a-4c55-9d2e-000000000002' },
            { reference: 'urn:uuid:6f1f2c4e-0b1a-4c55-9d2e-000000000003' },
          ],
        },
        request: { method: 'POST', url: 'DiagnosticReport' },
      },
      result(2, '14749-6', 6.3, 'mmol/L'),
      result(3, '718-7', 125, 'g/L'),
    ],
  };
}

/** The resource of entry `index` of a Bundle built by `labBundle`, to spoil in a test. */
export const entryResource = (bundle: FhirResource, index: number) =>
  (bundle.entry as { resource: Record<string, unknown> }[])[index]!.resource;
