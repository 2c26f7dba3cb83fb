import type { Principal, RequestOrigin } from '../identity';
import { DomainError } from '../shared';
import { type DiagnosisInput, resolveDiagnoses, sectionsOf } from './encounter-sections';
import { canEditInPlace } from './encounter-workflow';
import { auditEncounterUpdate, loadEncounterForAuthor } from './load-own-encounter';
import { RecordsErrorCode } from './records.errors';
import type { RecordsDeps } from './records.ports';
import type { EncounterSections, EncounterView } from './records.types';

export interface UpdateEncounterInput {
  encounterId: string;
  sections: Partial<EncounterSections>;
  /** The visit's diagnoses, all of them (they replace those saved before); at most one primary. */
  diagnoses: readonly DiagnosisInput[];
  origin: RequestOrigin;
}

/**
 * Saves the draft of a visit record (issue 12, item 3; the page autosaves through it): its sections and its
 * diagnoses, while it is `in-progress`. A finished record is `ENCOUNTER_FINISHED` (409): it changes only by
 * an amendment (rule 26). Audited as `record.update` (no text in the entry).
 */
export async function updateEncounter(
  deps: RecordsDeps,
  principal: Principal,
  input: UpdateEncounterInput,
): Promise<EncounterView> {
  const { encounter, basis, practitionerId } = await loadEncounterForAuthor(
    deps,
    principal,
    input.encounterId,
    input.origin,
  );
  if (!canEditInPlace(encounter.status)) throw new DomainError(RecordsErrorCode.ENCOUNTER_FINISHED);
  const now = deps.clock.now();
  await deps.store.transaction(async (repos) => {
    const diagnoses = await resolveDiagnoses(repos, input.diagnoses);
    const updated = await repos.encounters.updateSections(encounter.id, sectionsOf(input.sections), now);
    if (!updated) throw new DomainError(RecordsErrorCode.ENCOUNTER_FINISHED);
    await repos.conditions.removeForEncounter(encounter.id);
    for (const diagnosis of diagnoses) {
      await repos.conditions.add({
        id: deps.newId(),
        patientId: encounter.patientId,
        encounterId: encounter.id,
        code: diagnosis.code,
        name: diagnosis.name,
        role: diagnosis.role,
        clinicalStatus: 'active',
        verificationStatus: 'confirmed',
        onsetDate: null,
        abatementDate: null,
        recordedByPractitionerId: practitionerId,
        at: now,
      });
    }
    await auditEncounterUpdate(repos, principal, {
      encounter,
      basis,
      origin: input.origin,
      at: now,
      details: { diagnoses: diagnoses.length },
    });
  });
  const view = await deps.store.read((repos) => repos.encounters.find(encounter.id));
  if (!view) throw new Error('encounter vanished after update');
  return view;
}
