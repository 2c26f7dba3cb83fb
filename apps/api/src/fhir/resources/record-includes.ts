import type { RecordCriteria } from '@talon/core/interop';
import { allOf, type FhirContext, referencedIds } from '../fhir-resource-handler';
import type { FhirResource } from '../fhir-types';
import { toPractitioner } from '../mappers/directory.mapper';
import { toPatient } from '../mappers/patient.mapper';
import { toObservation } from '../mappers/result.mapper';
import { toEncounter } from '../mappers/visit.mapper';

/** How one `_include` of a record type finds its resources among the matches of a search. */
type RecordInclude = (context: FhirContext, matches: FhirResource[]) => Promise<FhirResource[]>;

/**
 * The one patient a record search is about (its `patient` parameter is required): included records are
 * read within that patient, so an include can never reach another person's data.
 */
const patientOf = (matches: FhirResource[], path: string) => referencedIds(matches, path, 'Patient');

/** `<Type>:patient`: the patient the matches are about (`subject`, or `patient` for Immunization). */
export const patientInclude =
  (path: 'subject' | 'patient' = 'subject'): RecordInclude =>
  async ({ reads }, matches) => {
    const ids = patientOf(matches, path);
    return (await reads.patients({ ids }, allOf(ids))).items.map(toPatient);
  };

/** Practitioners referenced at `path` (a Reference, or a list whose items carry it under `at`). */
export const practitionerInclude =
  (path: string, at?: string): RecordInclude =>
  async ({ reads }, matches) => {
    const references = at
      ? matches.map((m) => ({
          resourceType: m.resourceType,
          refs: ((m[path] as Record<string, unknown>[] | undefined) ?? []).map((item) => item[at]),
        }))
      : matches;
    const ids = referencedIds(references, at ? 'refs' : path, 'Practitioner');
    return (await reads.practitioners({ ids }, allOf(ids))).items.map(toPractitioner);
  };

const recordCriteria = (matches: FhirResource[], path: string, type: string, patientPath: string) => {
  const ids = referencedIds(matches, path, type);
  const [patientId] = patientOf(matches, patientPath);
  const criteria: RecordCriteria = patientId ? { ids, patientId } : { ids };
  return { criteria, page: allOf(ids) };
};

/** `<Type>:encounter`: the visits of the matches (finished ones only, as a read of Encounter). */
export const encounterInclude =
  (patientPath: 'subject' | 'patient' = 'subject'): RecordInclude =>
  async ({ reads }, matches) => {
    const { criteria, page } = recordCriteria(matches, 'encounter', 'Encounter', patientPath);
    return (await reads.encounters(criteria, page)).items.map((row) => toEncounter(row));
  };

/** `DiagnosticReport:result`: the reports' results (final or amended ones, as a read of Observation). */
export const resultInclude: RecordInclude = async ({ reads }, matches) => {
  const { criteria, page } = recordCriteria(matches, 'result', 'Observation', 'subject');
  return (await reads.observations(criteria, page)).items.map(toObservation);
};
