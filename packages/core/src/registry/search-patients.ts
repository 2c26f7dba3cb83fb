import { type AccessBasis, decidePatientAccess, registryScopeOf } from '../access';
import { recordPatientSearch } from '../audit';
import type { Principal, RequestOrigin } from '../identity';
import type { Clock } from '../shared';
import { maskSnils, type PatientSearchInput, parsePatientSearch } from './patient-search-criteria';
import type { FoundPatient, PatientLookup, RegistryStore } from './registry.ports';

export interface RegistryDeps {
  registry: RegistryStore;
  clock: Clock;
  /**
   * The keyed hashes a normalised identifier may be stored under in `snils_hash` / `oms_hash` (docs/domain.md rule
   * 18): the current look-up key's and, while keys are rotated, the previous one's.
   */
  lookupHashes(normalised: string): string[];
}

/** Results shown at most: a search names a person, it does not list the register. */
export const PATIENT_SEARCH_LIMIT = 20;

export interface PatientSearchResult {
  items: (Omit<FoundPatient, 'snils'> & { snils: string | null; accessBasis: AccessBasis })[];
  /** More people matched than are shown: narrow the search. */
  isTruncated: boolean;
}

/**
 * A clinic admin's view of a person found: the access policy for reading a card, exactly as opening the
 * card would (patients attached to their clinics). Only the policy's staff branches can apply here (the
 * route admits registry staff), so the facts about wards, consents and care are not looked up: they could
 * only widen access, never narrow it.
 */
function clinicAdminBasis(principal: Principal, person: FoundPatient, now: Date): AccessBasis | null {
  const decision = decidePatientAccess(
    principal,
    person.id,
    'read',
    {
      exists: true,
      wardLink: null,
      hasBookingConsent: false,
      attachedOrganizationId: person.attachedOrganizationId,
      hasCareRelation: false,
      hasEmergencyAccess: false,
      isKnownInRegistryScope: false,
      organization: null,
    },
    now,
  );
  return decision.allowed ? decision.basis : null;
}

/**
 * A registrar, call-centre operator or clinic admin looks a patient up before booking for them (issue 4,
 * item 9). Registry staff find anyone by an exact identifier (SNILS, policy, phone) but browse by name only
 * the people known to their clinics (issue 13); a clinic admin sees only patients attached to their
 * clinics, as opening the card would. SNILS is masked; the search itself is audited with the ids shown and
 * the kinds of criteria used, never their values.
 */
export async function searchPatients(
  deps: RegistryDeps,
  principal: Principal,
  input: PatientSearchInput & { origin: RequestOrigin },
): Promise<PatientSearchResult> {
  const now = deps.clock.now();
  const criteria = parsePatientSearch(input, now);
  const lookup: PatientLookup = {
    ...(criteria.snils ? { snilsHashes: deps.lookupHashes(criteria.snils) } : {}),
    ...(criteria.oms ? { omsHashes: deps.lookupHashes(criteria.oms) } : {}),
    ...(criteria.phone ? { phone: criteria.phone } : {}),
    ...(criteria.surname ? { surname: criteria.surname } : {}),
    ...(criteria.name ? { name: criteria.name } : {}),
    ...(criteria.birthDate ? { birthDate: criteria.birthDate } : {}),
  };
  // Issue 13: an exact identifier finds anyone (the caller is on the phone with them); names browse only
  // the people known to the clinics the registry staff works for, filtered in SQL before the limit.
  const scope = registryScopeOf(principal);
  const isExact = Boolean(criteria.snils || criteria.oms || criteria.phone);
  if (scope && !isExact) lookup.knownTo = scope;
  return deps.registry.transaction(async (repos) => {
    const found = await repos.patientSearch.find(lookup, PATIENT_SEARCH_LIMIT + 1);
    const items = found.slice(0, PATIENT_SEARCH_LIMIT).flatMap((person) => {
      const basis = scope ? 'registry' : clinicAdminBasis(principal, person, now);
      if (!basis) return [];
      return [{ ...person, snils: person.snils ? maskSnils(person.snils) : null, accessBasis: basis }];
    });
    await recordPatientSearch(repos.audit, {
      actorAccountId: principal.accountId,
      actorRole: principal.roles[0]?.role ?? null,
      criteria: Object.keys(criteria).sort(),
      patientIds: items.map((item) => item.id),
      isTruncated: found.length > PATIENT_SEARCH_LIMIT,
      origin: input.origin,
      at: now,
    });
    return { items, isTruncated: found.length > PATIENT_SEARCH_LIMIT };
  });
}
