import type { AuditLog } from '../audit';
import type { ClinicCancellationRepos } from '../booking';
import type { PersonFields } from '../shared';
import type { AbsenceKind, AbsenceRequestStatus, AbsenceRequestView, ScheduleRow } from './practice.types';

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

export interface AbsenceRequestsRepository {
  /** The practitioner's active roles at these clinics (a role per specialty), oldest first. */
  activeRoles(scope: PractitionerScope): Promise<{ id: string; organizationId: string }[]>;
  create(request: {
    practitionerRoleId: string;
    requestedByAccountId: string;
    kind: AbsenceKind;
    from: string;
    to: string;
    comment: string | null;
    at: Date;
  }): Promise<AbsenceRequestView>;
  find(id: string): Promise<AbsenceRequestView | null>;
  /** The practitioner's own requests, newest first. */
  listOwn(practitionerId: string): Promise<AbsenceRequestView[]>;
  /** Requests of the roles at these clinics (null: every clinic), newest first. */
  listForClinics(
    organizationIds: readonly string[] | null,
    status: AbsenceRequestStatus | null,
  ): Promise<AbsenceRequestView[]>;
  /** submitted → approved|rejected in one conditional UPDATE; false when it was decided meanwhile. */
  decide(
    id: string,
    decision: { status: 'approved' | 'rejected'; byAccountId: string; at: Date; comment: string | null },
  ): Promise<boolean>;
}

export interface AbsenceRepos extends ClinicCancellationRepos {
  absences: AbsenceRequestsRepository;
}

export interface AbsenceStore {
  transaction<T>(work: (repos: AbsenceRepos) => Promise<T>): Promise<T>;
}
