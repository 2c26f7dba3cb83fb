import { LOCAL_LAB_SYSTEM } from '@talon/core/records';
import { single, tokenParam } from '../fhir-search-params';
import { CodeSystem } from '../identifier-systems';
import { toDiagnosticReport, toDocumentReference, toObservation } from '../mappers/result.mapper';
import { toCondition, toEncounter, toImmunization, toMedicationRequest } from '../mappers/visit.mapper';
import { dateParameter, encounterParameter, type RecordParameter, recordResource } from './record-resource';

/**
 * `code=[system|]code` of an analyte or a panel: a code of one of `systems`, or of none named; a code of
 * another system matches nothing.
 */
const codeParameter = (documentation: string, systems: readonly string[]): RecordParameter => ({
  name: 'code',
  type: 'token',
  documentation,
  criteria: (query) => {
    const value = single(query, 'code') ?? '';
    const bar = value.indexOf('|');
    const system = bar > 0 ? value.slice(0, bar) : undefined;
    if (system !== undefined && !systems.includes(system)) return { ids: [] };
    return { code: tokenParam('code', value, system ?? '') ?? undefined };
  },
});

export const encounterResource = recordResource({
  type: 'Encounter',
  load: (reads) => reads.encounters,
  map: toEncounter,
  parameters: [dateParameter('Начало приёма')],
});

export const conditionResource = recordResource({
  type: 'Condition',
  load: (reads) => reads.conditions,
  map: toCondition,
  parameters: [encounterParameter],
});

export const observationResource = recordResource({
  type: 'Observation',
  load: (reads) => reads.observations,
  map: toObservation,
  parameters: [
    encounterParameter,
    dateParameter('Время взятия'),
    codeParameter(`Код показателя: ${CodeSystem.LOINC}|<код> или ${LOCAL_LAB_SYSTEM}|<код>`, [
      CodeSystem.LOINC,
      LOCAL_LAB_SYSTEM,
    ]),
  ],
});

export const diagnosticReportResource = recordResource({
  type: 'DiagnosticReport',
  load: (reads) => reads.diagnosticReports,
  map: toDiagnosticReport,
  parameters: [
    encounterParameter,
    dateParameter('Время взятия'),
    codeParameter(`Код панели: ${CodeSystem.LAB_PANEL}|<код>`, [CodeSystem.LAB_PANEL]),
  ],
});

export const documentReferenceResource = recordResource({
  type: 'DocumentReference',
  load: (reads) => reads.documents,
  map: (row, { baseUrl }) => toDocumentReference(row, `${baseUrl}/Binary/${row.id}`),
  parameters: [encounterParameter, dateParameter('Дата документа')],
});

export const medicationRequestResource = recordResource({
  type: 'MedicationRequest',
  load: (reads) => reads.medicationRequests,
  map: toMedicationRequest,
  parameters: [encounterParameter],
});

export const immunizationResource = recordResource({
  type: 'Immunization',
  load: (reads) => reads.immunizations,
  map: toImmunization,
  parameters: [dateParameter('Дата вакцинации')],
});
