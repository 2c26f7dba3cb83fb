import type {
  InteropEncounter,
  InteropPage,
  InteropPageRequest,
  InteropReads,
  RecordCriteria,
} from '@talon/core/interop';
import { LOCAL_LAB_SYSTEM } from '@talon/core/records';
import { badRequest } from '../fhir-outcome';
import { single, tokenParam } from '../fhir-search-params';
import { CodeSystem } from '../identifier-systems';
import { toDiagnosticReport, toDocumentReference, toObservation } from '../mappers/result.mapper';
import {
  type EncounterDiagnosis,
  toCondition,
  toEncounter,
  toImmunization,
  toMedicationRequest,
} from '../mappers/visit.mapper';
import { encounterInclude, patientInclude, practitionerInclude, resultInclude } from './record-includes';
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

/** Visits with their diagnoses (`Encounter.diagnosis`): one more query for the whole page's Conditions. */
const encountersWithDiagnoses =
  (reads: InteropReads) =>
  async (
    criteria: RecordCriteria,
    page: InteropPageRequest,
  ): Promise<InteropPage<InteropEncounter & { diagnoses: EncounterDiagnosis[] }>> => {
    const found = await reads.encounters(criteria, page);
    const encounterIds = found.items.map((e) => e.id);
    const conditions =
      encounterIds.length === 0
        ? []
        : (
            await reads.conditions(
              { encounterIds },
              { offset: 0, count: MAX_DIAGNOSES * encounterIds.length },
            )
          ).items;
    return {
      ...found,
      items: found.items.map((encounter) => ({
        ...encounter,
        diagnoses: conditions.filter((c) => c.encounterId === encounter.id),
      })),
    };
  };

/** More diagnoses than any visit has; a bound on the one query of a page's diagnoses. */
const MAX_DIAGNOSES = 50;

/**
 * The codes of R4's observation-category system (`category=[system|]code`). Every Observation Talon shares
 * is a laboratory result, so `laboratory` matches them all and the other categories (vital signs, imaging…)
 * match nothing; a code outside the system's list is refused.
 */
const OBSERVATION_CATEGORIES = [
  'social-history',
  'vital-signs',
  'imaging',
  'laboratory',
  'procedure',
  'survey',
  'exam',
  'therapy',
  'activity',
] as const;

const categoryParameter: RecordParameter = {
  name: 'category',
  type: 'token',
  documentation: `Категория: ${CodeSystem.OBSERVATION_CATEGORY}|<код> (${OBSERVATION_CATEGORIES.join(' | ')}); в Талоне все результаты — laboratory`,
  criteria: (query) => {
    const code = tokenParam('category', single(query, 'category') ?? '', CodeSystem.OBSERVATION_CATEGORY);
    if (code === null) return { ids: [] };
    if (!(OBSERVATION_CATEGORIES as readonly string[]).includes(code)) {
      throw badRequest(`Параметр category: ожидается одно из ${OBSERVATION_CATEGORIES.join(', ')}.`);
    }
    return code === 'laboratory' ? {} : { ids: [] };
  },
};

export const encounterResource = recordResource({
  type: 'Encounter',
  load: encountersWithDiagnoses,
  map: (row) => toEncounter(row, row.diagnoses),
  parameters: [dateParameter('Начало приёма')],
  includes: {
    'Encounter:patient': patientInclude(),
    'Encounter:practitioner': practitionerInclude('participant', 'individual'),
  },
});

export const conditionResource = recordResource({
  type: 'Condition',
  load: (reads) => reads.conditions,
  map: toCondition,
  parameters: [
    encounterParameter,
    // The codes are encrypted at rest: the search goes through their keyed hash (`conditions.code_hash`).
    codeParameter(`Код МКБ-10: ${CodeSystem.ICD10}|<код> (точный код, например J06.9)`, [CodeSystem.ICD10]),
  ],
  includes: {
    'Condition:patient': patientInclude(),
    'Condition:encounter': encounterInclude(),
  },
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
    categoryParameter,
  ],
  includes: {
    'Observation:patient': patientInclude(),
    'Observation:encounter': encounterInclude(),
  },
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
  includes: {
    'DiagnosticReport:patient': patientInclude(),
    'DiagnosticReport:encounter': encounterInclude(),
    'DiagnosticReport:result': resultInclude,
  },
});

export const documentReferenceResource = recordResource({
  type: 'DocumentReference',
  load: (reads) => reads.documents,
  map: (row, { baseUrl }) => toDocumentReference(row, `${baseUrl}/Binary/${row.id}`),
  parameters: [encounterParameter, dateParameter('Дата документа')],
  includes: { 'DocumentReference:patient': patientInclude() },
});

export const medicationRequestResource = recordResource({
  type: 'MedicationRequest',
  load: (reads) => reads.medicationRequests,
  map: toMedicationRequest,
  parameters: [encounterParameter],
  includes: {
    'MedicationRequest:patient': patientInclude(),
    'MedicationRequest:encounter': encounterInclude(),
    'MedicationRequest:requester': practitionerInclude('requester'),
  },
});

export const immunizationResource = recordResource({
  type: 'Immunization',
  load: (reads) => reads.immunizations,
  map: toImmunization,
  parameters: [dateParameter('Дата вакцинации')],
  includes: { 'Immunization:patient': patientInclude('patient') },
});
