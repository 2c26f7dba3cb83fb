import { type AccessBasis, auditAllowed } from '../access';
import type { Principal, RequestOrigin } from '../identity';
import { DomainError } from '../shared';
import { authorizeAuthor } from './author-access';
import { RecordsErrorCode } from './records.errors';
import type { RecordsDeps } from './records.ports';
import type { EncounterView } from './records.types';

/**
 * The encounter a practitioner writes to: it must exist and its patient must be in the caller's care (the
 * access policy's refusal is "not found", as for a record that does not exist).
 */
export async function loadEncounterForAuthor(
  deps: RecordsDeps,
  principal: Principal,
  encounterId: string,
  origin: RequestOrigin,
): Promise<{ encounter: EncounterView; basis: AccessBasis; practitionerId: string }> {
  const encounter = await deps.store.read((repos) => repos.encounters.find(encounterId));
  if (!encounter) throw new DomainError(RecordsErrorCode.ENCOUNTER_NOT_FOUND);
  const { basis, practitionerId } = await authorizeAuthor(deps, principal, encounter.patientId, origin);
  return { encounter, basis, practitionerId };
}

/** The audit entry of a change to a visit record by its author; `details` say what changed. */
export function auditEncounterUpdate(
  repos: Parameters<typeof auditAllowed>[0],
  principal: Principal,
  change: {
    encounter: Pick<EncounterView, 'id' | 'patientId'>;
    basis: AccessBasis;
    origin: RequestOrigin;
    at: Date;
    details: Record<string, unknown>;
  },
) {
  return auditAllowed(repos, principal, {
    action: 'record.update',
    patientId: change.encounter.patientId,
    basis: change.basis,
    origin: change.origin,
    at: change.at,
    recordType: 'encounter',
    recordId: change.encounter.id,
    details: change.details,
  });
}
