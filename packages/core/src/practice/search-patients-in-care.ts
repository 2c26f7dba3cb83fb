import { recordPatientSearch } from '../audit';
import type { Principal, RequestOrigin } from '../identity';
import { maskSnils } from '../registry';
import type { PracticeDeps } from './list-schedule';
import { parsePatientQuery } from './patient-query';
import type { PracticePatientLookup } from './practice.ports';
import type { PracticePatient } from './practice.types';
import { practitionerScopeOf } from './practitioner-scope';

/** People shown at most: a search names a patient, it does not list the register. */
export const PRACTICE_SEARCH_LIMIT = 20;

/**
 * The practitioner's patient search (issue 12 item 3): by surname (prefix), birth date or SNILS, only among
 * the patients in their care — attached to a clinic where they work, or with a visit with them there
 * (docs/domain.md rule 16). An exact SNILS also finds a person outside care, marked so: their card opens
 * only through emergency access with a reason. The search is audited with the kind of query and the ids
 * shown, never what was typed.
 */
export async function searchPatientsInCare(
  deps: PracticeDeps,
  principal: Principal,
  input: { q: string; origin: RequestOrigin },
): Promise<{ items: PracticePatient[]; isTruncated: boolean }> {
  const scope = practitionerScopeOf(principal);
  const query = parsePatientQuery(input.q);
  const lookup: PracticePatientLookup =
    query.kind === 'snils'
      ? { snilsHashes: deps.lookupHashes(query.snils) }
      : query.kind === 'birthDate'
        ? { birthDate: query.birthDate }
        : { surnamePrefix: query.surname, ...(query.name ? { namePrefix: query.name } : {}) };
  const now = deps.clock.now();
  return deps.practice.transaction(async (repos) => {
    const found = await repos.practice.findPatients(
      scope,
      lookup,
      query.kind !== 'snils',
      PRACTICE_SEARCH_LIMIT + 1,
    );
    const items = found
      .slice(0, PRACTICE_SEARCH_LIMIT)
      .map((person) => ({ ...person, snils: person.snils ? maskSnils(person.snils) : null }));
    await recordPatientSearch(repos.audit, {
      actorAccountId: principal.accountId,
      actorRole: principal.roles.find((g) => g.role === 'doctor' || g.role === 'nurse')?.role ?? null,
      criteria: [query.kind],
      patientIds: items.map((item) => item.id),
      isTruncated: found.length > PRACTICE_SEARCH_LIMIT,
      origin: input.origin,
      at: now,
    });
    return { items, isTruncated: found.length > PRACTICE_SEARCH_LIMIT };
  });
}
