import type { InteropDiagnosticReport, InteropDocument, InteropObservation } from '@talon/core/interop';
import type { FhirResource } from '../fhir-types';
import { reference } from '../fhir-types';
import { CodeSystem } from '../identifier-systems';

const INTERPRETATION_TEXT = {
  LL: 'Критически низкое',
  L: 'Ниже нормы',
  N: 'Норма',
  H: 'Выше нормы',
  HH: 'Критически высокое',
} as const;

/** A UCUM quantity with the Russian unit as its human unit. */
function quantity(value: number, row: Pick<InteropObservation, 'unit' | 'unitDisplay'>) {
  return {
    value,
    ...(row.unit ? { unit: row.unitDisplay ?? row.unit, system: CodeSystem.UCUM, code: row.unit } : {}),
  };
}

function value(row: InteropObservation): Record<string, unknown> {
  const number = Number(row.value);
  if (row.valueKind === 'quantity' && row.value.trim() !== '' && Number.isFinite(number)) {
    return { valueQuantity: quantity(number, row) };
  }
  if (row.valueKind === 'coded') return { valueCodeableConcept: { text: row.value } };
  return { valueString: row.value };
}

/** A laboratory result: the analyte (LOINC or local), the value in UCUM, the lab's range, Talon's flag. */
export function toObservation(row: InteropObservation): FhirResource {
  const range = {
    ...(row.refLow === null ? {} : { low: quantity(row.refLow, row) }),
    ...(row.refHigh === null ? {} : { high: quantity(row.refHigh, row) }),
    ...(row.refText ? { text: row.refText } : {}),
  };
  return {
    resourceType: 'Observation',
    id: row.id,
    status: row.status,
    category: [
      {
        coding: [{ system: CodeSystem.OBSERVATION_CATEGORY, code: 'laboratory' }],
        text: 'Лабораторное исследование',
      },
    ],
    code: { coding: [{ system: row.codeSystem, code: row.code, display: row.name }], text: row.name },
    subject: reference('Patient', row.patientId),
    ...(row.encounterId ? { encounter: reference('Encounter', row.encounterId) } : {}),
    effectiveDateTime: row.effectiveAt.toISOString(),
    ...value(row),
    ...(row.interpretation
      ? {
          interpretation: [
            {
              coding: [{ system: CodeSystem.INTERPRETATION, code: row.interpretation }],
              text: INTERPRETATION_TEXT[row.interpretation],
            },
          ],
        }
      : {}),
    ...(Object.keys(range).length > 0 ? { referenceRange: [range] } : {}),
  };
}

/** A laboratory report: the panel, the laboratory, its results as references to their Observations. */
export function toDiagnosticReport(row: InteropDiagnosticReport): FhirResource {
  return {
    resourceType: 'DiagnosticReport',
    id: row.id,
    status: row.status,
    category: [
      {
        coding: [{ system: CodeSystem.DIAGNOSTIC_SERVICE_SECTION, code: 'LAB' }],
        text: 'Лабораторная диагностика',
      },
    ],
    code: { coding: [{ system: CodeSystem.LAB_PANEL, code: row.code, display: row.name }], text: row.name },
    subject: reference('Patient', row.patientId),
    ...(row.encounterId ? { encounter: reference('Encounter', row.encounterId) } : {}),
    effectiveDateTime: row.effectiveAt.toISOString(),
    ...(row.issuedAt ? { issued: row.issuedAt.toISOString() } : {}),
    ...(row.performerName ? { performer: [{ display: row.performerName }] } : {}),
    ...(row.observationIds.length > 0
      ? { result: row.observationIds.map((id) => reference('Observation', id)) }
      : {}),
    ...(row.conclusion ? { conclusion: row.conclusion } : {}),
  };
}

/**
 * A signed document: its type (LOINC where one fits, and Talon's), the author and clinic, and the PDF as an
 * attachment at `pdfUrl` (the FHIR route that serves it to a client with the same scope).
 */
export function toDocumentReference(row: InteropDocument, pdfUrl: string): FhirResource {
  const author = row.author
    ? row.author.id
      ? reference('Practitioner', row.author.id, row.author.name)
      : { display: row.author.name }
    : null;
  return {
    resourceType: 'DocumentReference',
    id: row.id,
    status: row.status,
    docStatus: 'final',
    type: {
      coding: [
        ...(row.type.loinc
          ? [{ system: CodeSystem.LOINC, code: row.type.loinc, display: row.type.name }]
          : []),
        { system: CodeSystem.DOCUMENT_TYPE, code: row.type.code, display: row.type.name },
      ],
      text: row.type.name,
    },
    subject: reference('Patient', row.patientId),
    date: row.signedAt.toISOString(),
    ...(author ? { author: [author] } : {}),
    ...(row.organization
      ? { custodian: reference('Organization', row.organization.id, row.organization.name) }
      : {}),
    description: row.title,
    content: [
      {
        attachment: {
          contentType: 'application/pdf',
          language: 'ru',
          url: pdfUrl,
          size: row.size,
          title: row.title,
          creation: row.signedAt.toISOString(),
        },
      },
    ],
    context: {
      ...(row.encounterId ? { encounter: [reference('Encounter', row.encounterId)] } : {}),
      period: { start: row.documentDate },
    },
  };
}
