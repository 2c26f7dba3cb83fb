import type { Principal, RequestOrigin } from '../identity';
import { DomainError } from '../shared';
import { canFinishEncounter } from './encounter-workflow';
import { auditEncounterUpdate, loadEncounterForAuthor } from './load-own-encounter';
import { RecordsErrorCode } from './records.errors';
import type { RecordsDeps } from './records.ports';
import type { EncounterView } from './records.types';

/**
 * Closes a visit record (issue 12, item 3): `in-progress` → `finished`, the end of the visit now. From then
 * on the record changes only by an amendment that keeps the old version (rule 26); finishing twice is
 * `ENCOUNTER_FINISHED`.
 */
export async function finishEncounter(
  deps: RecordsDeps,
  principal: Principal,
  input: { encounterId: string; origin: RequestOrigin },
): Promise<EncounterView> {
  const { encounter, basis } = await loadEncounterForAuthor(deps, principal, input.encounterId, input.origin);
  if (!canFinishEncounter(encounter.status)) throw new DomainError(RecordsErrorCode.ENCOUNTER_FINISHED);
  const now = deps.clock.now();
  await deps.store.transaction(async (repos) => {
    const end = now.getTime() < encounter.periodStart.getTime() ? encounter.periodStart : now;
    if (!(await repos.encounters.finish(encounter.id, end, now))) {
      throw new DomainError(RecordsErrorCode.ENCOUNTER_FINISHED);
    }
    await auditEncounterUpdate(repos, principal, {
      encounter,
      basis,
      origin: input.origin,
      at: now,
      details: { status: 'finished' },
    });
  });
  const view = await deps.store.read((repos) => repos.encounters.find(encounter.id));
  if (!view) throw new Error('encounter vanished after finish');
  return view;
}
