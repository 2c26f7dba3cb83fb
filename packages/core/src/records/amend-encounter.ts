import type { Principal, RequestOrigin } from '../identity';
import { DomainError } from '../shared';
import { sectionsOf } from './encounter-sections';
import { canAmendEncounter } from './encounter-workflow';
import { auditEncounterUpdate, loadEncounterForAuthor } from './load-own-encounter';
import { openRecord } from './open-record';
import { RecordsErrorCode } from './records.errors';
import type { RecordsDeps } from './records.ports';
import type { EncounterSections, EncounterVersionView, EncounterView } from './records.types';

export interface AmendEncounterInput {
  encounterId: string;
  /** The sections as they should read now; a section left out keeps its text. */
  sections: Partial<EncounterSections>;
  reason: string;
  origin: RequestOrigin;
}

/**
 * Amends a finished visit record (docs/domain.md rule 26): the current version — sections and diagnoses —
 * is kept in `encounter_versions` with who amended it, when and why, and the record is written again as
 * version + 1. A record still in progress is saved with `PUT` instead (`ENCOUNTER_NOT_FINISHED`); a
 * concurrent amendment that came first is `ENCOUNTER_AMENDMENT_CONFLICT`.
 */
export async function amendEncounter(
  deps: RecordsDeps,
  principal: Principal,
  input: AmendEncounterInput,
): Promise<EncounterView> {
  const reason = input.reason.trim();
  if (!reason) {
    throw new DomainError(RecordsErrorCode.ENCOUNTER_AMENDMENT_REASON_REQUIRED, { field: 'body.reason' });
  }
  const { encounter, basis } = await loadEncounterForAuthor(deps, principal, input.encounterId, input.origin);
  if (!canAmendEncounter(encounter.status)) {
    throw new DomainError(RecordsErrorCode.ENCOUNTER_NOT_FINISHED);
  }
  const now = deps.clock.now();
  const sections = sectionsOf({ ...encounter, ...input.sections });
  await deps.store.transaction(async (repos) => {
    const amended = await repos.encounters.amend({
      id: encounter.id,
      expectedVersion: encounter.version,
      sections,
      reason,
      authorAccountId: principal.accountId,
      at: now,
    });
    if (!amended) throw new DomainError(RecordsErrorCode.ENCOUNTER_AMENDMENT_CONFLICT);
    await auditEncounterUpdate(repos, principal, {
      encounter,
      basis,
      origin: input.origin,
      at: now,
      details: { amendment: encounter.version + 1 },
    });
  });
  const view = await deps.store.read((repos) => repos.encounters.find(encounter.id));
  if (!view) throw new Error('encounter vanished after amendment');
  return view;
}

/**
 * The earlier versions of a visit record, oldest first, each with the amendment that replaced it: for a
 * practitioner with a care relation (anyone else: "not found"), the read audited like every record read.
 */
export async function listEncounterVersions(
  deps: RecordsDeps,
  principal: Principal,
  input: { encounterId: string; origin: RequestOrigin },
): Promise<EncounterVersionView[]> {
  const encounter = await deps.store.read((repos) => repos.encounters.find(input.encounterId));
  if (!encounter) throw new DomainError(RecordsErrorCode.ENCOUNTER_NOT_FOUND);
  await openRecord(
    deps,
    principal,
    { patientId: encounter.patientId, origin: input.origin },
    { recordType: 'encounter_versions', recordId: encounter.id },
  );
  return deps.store.read((repos) => repos.encounters.versions(encounter.id));
}
