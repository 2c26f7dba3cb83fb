import type { AuditLog } from '../audit';
import type { IdentityRepos, Principal, RoleGrant } from '../identity';
import type { PersonCard, PersonFields } from '../shared';
import type { PatientAccessFacts } from './patient-access';

export interface AccessFactsRepository {
  factsFor(principal: Principal, patientId: string, now: Date): Promise<PatientAccessFacts>;
}

export interface EmergencyAccessRecord {
  id: string;
  accountId: string;
  accountName: string;
  patientId: string;
  reason: string;
  createdAt: Date;
  expiresAt: Date;
}

export interface EmergencyAccessRepository {
  grant(grant: {
    accountId: string;
    patientId: string;
    reason: string;
    at: Date;
    expiresAt: Date;
  }): Promise<string>;
  /** Grants in a period; for a clinic admin only those of staff of their organizations. */
  report(filter: {
    from: Date;
    to: Date;
    organizationIds: string[] | null;
  }): Promise<EmergencyAccessRecord[]>;
}

/** A person's card as staff and representatives read it (behind the access policy). */
export interface PatientCard extends PersonCard {
  attachedOrganizationId: string | null;
}

export interface PatientCardRepository {
  findCard(patientId: string): Promise<PatientCard | null>;
}

export interface WardView {
  linkId: string;
  relation: 'parent' | 'guardian' | 'consent';
  status: 'pending' | 'active' | 'rejected' | 'ended';
  patient: PersonFields & { id: string };
  createdAt: Date;
}

export interface RepresentativeLinkRecord {
  id: string;
  relation: 'parent' | 'guardian';
  status: 'pending' | 'active' | 'rejected' | 'ended';
  representativePatientId: string;
  wardPatientId: string;
  createdAt: Date;
}

export interface RepresentativeRepository {
  /** Links from the representative (any status but rejected) and booking consents given to them. */
  listWards(representativePatientId: string): Promise<WardView[]>;
  hasOpenLink(representativePatientId: string, wardPatientId: string): Promise<boolean>;
  createLink(link: {
    representativePatientId: string;
    wardPatientId: string;
    relation: 'parent' | 'guardian';
    status: 'pending' | 'active';
    document: string | null;
  }): Promise<string>;
  findLink(id: string): Promise<RepresentativeLinkRecord | null>;
  /** Conditional on the link being open (pending or active); false otherwise. */
  setStatus(
    id: string,
    status: 'active' | 'rejected' | 'ended',
    byAccountId: string | null,
    at: Date,
  ): Promise<boolean>;
  /** Pending guardian links whose ward is attached to one of the organizations (or to none). */
  listPending(organizationIds: string[] | null): Promise<RepresentativeLinkRecord[]>;
  /** Ends a booking consent the representative holds; false when there is none. */
  revokeBookingConsent(consentId: string, granteePatientId: string, at: Date): Promise<boolean>;
  /** The person with this SNILS hash, with the phone of their account when they have one. */
  /** By every hash the SNILS may be stored under (`IdentitySecrets.snilsLookupHashes`). */
  findPersonBySnilsHash(snilsHashes: readonly string[]): Promise<{
    id: string;
    surname: string;
    birthDate: string;
    accountId: string | null;
    accountPhone: string | null;
  } | null>;
  /** A new patient row for a child or ward the clinic does not know yet. */
  createPerson(person: PersonFields & { snils: string | null }): Promise<string>;
}

export interface AccessRepos extends IdentityRepos {
  accessFacts: AccessFactsRepository;
  emergencyAccesses: EmergencyAccessRepository;
  patientCards: PatientCardRepository;
  representatives: RepresentativeRepository;
  audit: AuditLog;
}

export interface AccessStore {
  transaction<T>(work: (repos: AccessRepos) => Promise<T>): Promise<T>;
}

export type { RoleGrant };
