import type { ConditionRole } from '@talon/vocabulary/records';
import { DomainError } from '../shared';
import { RecordsErrorCode } from './records.errors';
import type { RecordsRepos } from './records.ports';
import type { EncounterSections } from './records.types';

const SECTION_KEYS = [
  'complaints',
  'anamnesis',
  'examination',
  'conclusion',
  'recommendations',
  'followUp',
] as const satisfies readonly (keyof EncounterSections)[];

/** Sections as given: blank text is no text. */
export function sectionsOf(input: Partial<EncounterSections> | undefined): EncounterSections {
  const sections = {} as EncounterSections;
  for (const key of SECTION_KEYS) {
    const value = input?.[key]?.trim();
    sections[key] = value ? value : null;
  }
  return sections;
}

/** A diagnosis of the visit as the practitioner chose it from the МКБ-10 reference. */
export interface DiagnosisInput {
  code: string;
  role: ConditionRole;
}

/**
 * Checks the visit's diagnoses against the reference and the one-primary rule, and returns them with their
 * Russian names (the reference's: the practitioner chooses, the name is not typed).
 */
export async function resolveDiagnoses(
  repos: Pick<RecordsRepos, 'conditions'>,
  diagnoses: readonly DiagnosisInput[],
): Promise<(DiagnosisInput & { name: string })[]> {
  if (diagnoses.filter((d) => d.role === 'primary').length > 1) {
    throw new DomainError(RecordsErrorCode.PRIMARY_CONDITION_TAKEN, { field: 'body.diagnoses' });
  }
  const resolved: (DiagnosisInput & { name: string })[] = [];
  for (const [index, diagnosis] of diagnoses.entries()) {
    const code = diagnosis.code.trim().toUpperCase();
    const name = await repos.conditions.icd10Name(code);
    if (!name) {
      throw new DomainError(RecordsErrorCode.UNKNOWN_ICD10, {
        field: `body.diagnoses.${index}.code`,
        params: { code },
      });
    }
    if (resolved.some((d) => d.code === code)) continue;
    resolved.push({ code, role: diagnosis.role, name });
  }
  return resolved;
}
