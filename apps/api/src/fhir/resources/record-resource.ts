import type { InteropPage, InteropPageRequest, InteropReads, RecordCriteria } from '@talon/core/interop';
import { badRequest } from '../fhir-outcome';
import {
  type FhirContext,
  type FhirResourceHandler,
  first,
  mapped,
  ONE,
  type SearchParameterDefinition,
} from '../fhir-resource-handler';
import { dateRange, referencedId, type SearchQuery, single } from '../fhir-search-params';
import type { FhirResource } from '../fhir-types';

/** A search parameter of a record type besides `patient`, and how it narrows the criteria. */
export interface RecordParameter extends SearchParameterDefinition {
  criteria(query: SearchQuery): Partial<RecordCriteria>;
}

const patientParameter: SearchParameterDefinition = {
  name: 'patient',
  type: 'reference',
  documentation: 'Patient/<id>; обязателен: поиск по записям всех пациентов не поддерживается',
};

export const encounterParameter: RecordParameter = {
  name: 'encounter',
  type: 'reference',
  documentation: 'Encounter/<id> (приём)',
  criteria: (query) => ({ encounterId: referencedId('encounter', single(query, 'encounter'), 'Encounter') }),
};

export const dateParameter = (documentation: string): RecordParameter => ({
  name: 'date',
  type: 'date',
  documentation: `${documentation}: ge, gt, lt, le и момент с часовым поясом (или дата, UTC)`,
  criteria: (query) => dateRange('date', query.get('date') ?? []),
});

/**
 * A resource type of a patient's data: read by id, searched by `patient` (required, so that every search
 * reads one person's data and its audit entry names them) and the type's own parameters.
 */
export function recordResource<T>(spec: {
  type: string;
  load: (
    reads: InteropReads,
  ) => (criteria: RecordCriteria, page: InteropPageRequest) => Promise<InteropPage<T>>;
  map: (row: T, context: FhirContext) => FhirResource;
  parameters?: readonly RecordParameter[];
  /** `_include`s (`Encounter:patient`), each read within the searched patient (`record-includes.ts`). */
  includes?: FhirResourceHandler['includes'];
}): FhirResourceHandler {
  const parameters = spec.parameters ?? [];
  return {
    type: spec.type,
    read: async (context, id) =>
      first(await spec.load(context.reads)({ ids: [id] }, ONE), (row) => spec.map(row, context)),
    searchParams: [patientParameter, ...parameters.map(({ criteria: _, ...definition }) => definition)],
    async search(context, query, page) {
      const patientId = referencedId('patient', single(query, 'patient'), 'Patient');
      if (!patientId) throw badRequest(`Поиск ${spec.type} требует параметр patient=Patient/<id>.`);
      let criteria: RecordCriteria = { patientId };
      for (const parameter of parameters) {
        if (query.has(parameter.name)) criteria = { ...criteria, ...parameter.criteria(query) };
      }
      const found = mapped(await spec.load(context.reads)(criteria, page), (row) => spec.map(row, context));
      return { ...found, subjectPatientId: patientId };
    },
    includes: spec.includes ?? {},
  };
}
