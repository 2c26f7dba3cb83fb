import type { AccessDeps, RegistryScope } from '../access';
import type { AuditLog } from '../audit';
import type { PersonFields } from '../shared';
import type { WaitlistDeps } from '../waitlist';
import type { QueueVisit } from './queue-board';
import type { WalkInFields } from './walk-in-fields';

/**
 * What a registry search looks for, every criterion normalised and combined with AND: SNILS and OMS as their
 * keyed hashes (the stored blind index, docs/domain.md rule 18), the phone in E.164, names in the stored canonical
 * case with ё folded to е (compare with `translate(name, 'Ёё', 'Ее')`), the birth date as an ISO date.
 */
export interface PatientLookup {
  /** Any of them: the hashes under the current and (while keys are rotated) the previous look-up key. */
  snilsHashes?: readonly string[];
  omsHashes?: readonly string[];
  phone?: string;
  surname?: string;
  name?: string;
  birthDate?: string;
  /**
   * Only people known to these clinics: attached to one, or with an appointment at one (past or future).
   * Set for a registry search by name, which must never browse another clinic's patients (issue 13).
   */
  knownTo?: RegistryScope;
}

/** A person found, with the SNILS in clear for masking by the use case. */
export interface FoundPatient extends PersonFields {
  id: string;
  snils: string | null;
  phone: string | null;
  attachedOrganizationId: string | null;
  attachedOrganizationName: string | null;
}

export interface PatientSearchRepository {
  /** At most `limit` people matching every given criterion, by surname, name and birth date. */
  find(lookup: PatientLookup, limit: number): Promise<FoundPatient[]>;
}

/** A walk-in's card to store: fields validated, the clinic whose desk registers them. */
export interface NewWalkIn extends WalkInFields {
  organizationId: string;
  regionCode: string;
}

export interface WalkInRepository {
  /** The region of a clinic, or null when there is no such clinic. */
  regionOf(organizationId: string): Promise<string | null>;
  /** The card holding a SNILS stored under any of these keyed hashes. */
  findBySnilsHashes(snilsHashes: readonly string[]): Promise<string | null>;
  /** Stores the card (identifiers encrypted, SNILS hashed); null when the SNILS is already on file. */
  create(patient: NewWalkIn): Promise<string | null>;
}

export interface QueueRepository {
  /** The clinic's visits on the clinic-local day of `now` that are booked, confirmed or checked in. */
  today(organizationId: string, now: Date): Promise<QueueVisit[]>;
}

export interface RegistryRepos {
  patientSearch: PatientSearchRepository;
  walkIns: WalkInRepository;
  queue: QueueRepository;
  audit: AuditLog;
}

export interface RegistryStore {
  transaction<T>(work: (repos: RegistryRepos) => Promise<T>): Promise<T>;
}

/**
 * What the desk's patient page reads beyond the card and the visits: the access policy (the page's scope,
 * its audit), the waitlist's and the representatives' own repositories, and the clinics' regions.
 */
export interface RegistryPatientDeps {
  access: AccessDeps;
  waitlist: WaitlistDeps;
  registry: RegistryStore;
}
