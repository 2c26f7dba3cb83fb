import type { AuditLog } from '../audit';
import type { PersonFields } from '../shared';
import type { ScheduleRow } from './practice.types';

/** The practitioner working at these clinics (their doctor or nurse roles) — the scope of every read. */
export interface PractitionerScope {
  practitionerId: string;
  organizationIds: readonly string[];
}

/** What a patient search looks for; exactly one of them is set. */
export type PracticePatientLookup =
  | { snilsHashes: readonly string[] }
  | { birthDate: string }
  | { surnamePrefix: string; namePrefix?: string };

/** A person found with their SNILS in clear (the use case masks it) and the care flag computed in SQL. */
export interface FoundPracticePatient extends PersonFields {
  id: string;
  snils: string | null;
  attachedOrganizationName: string | null;
  isInCare: boolean;
}

export interface PracticeRepository {
  /** The practitioner's visits at the scope's clinics starting in [from, to), in time order. */
  schedule(scope: PractitionerScope, from: Date, to: Date): Promise<ScheduleRow[]>;
  /**
   * People matching the lookup, at most `limit`. With `inCareOnly` only those in the practitioner's care
   * (attached to one of the clinics, or with a visit with them there — docs/domain.md rule 16).
   */
  findPatients(
    scope: PractitionerScope,
    lookup: PracticePatientLookup,
    inCareOnly: boolean,
    limit: number,
  ): Promise<FoundPracticePatient[]>;
}

export interface PracticeRepos {
  practice: PracticeRepository;
  audit: AuditLog;
}

export interface PracticeStore {
  transaction<T>(work: (repos: PracticeRepos) => Promise<T>): Promise<T>;
}
