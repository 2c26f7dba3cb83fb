import type { AuditLog } from '../audit';
import type { IdentityRepos, Principal, RoleGrant } from '../identity';
import type { PersonCard, PersonFields } from '../shared';
import type { AccessContext, PatientAccessFacts } from './patient-access';

export interface AccessFactsRepository {
  /** The relations the policy needs; with a context, the clinic of the action and its region too. */
  factsFor(
    principal: Principal,
    patientId: string,
    now: Date,
    context?: AccessContext,
  ): Promise<PatientAccessFacts>;
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

export type LinkStatus = 'pending' | 'active' | 'rejected' | 'ended';

/**
 * A ward as storage returns it: a parent or guardian link, or a patient's consent to book for them
 * (`relation` 'consent'), with the ward's card and what the age rules need.
 */
export interface WardRecord {
  linkId: string;
  relation: 'parent' | 'guardian' | 'consent';
  status: LinkStatus;
  patient: PersonFields & { id: string };
  createdAt: Date;
  /** The zone of the ward's region (the calendar of their age). */
  wardTimeZone: string;
  /** The young person allowed this parent medical access (parent links only). */
  isMedicalAccessAllowed: boolean;
}

/** A ward as the representative sees it: the link's status now (a parent's link ends at 18 by itself). */
export interface WardView {
  linkId: string;
  relation: 'parent' | 'guardian' | 'consent';
  status: LinkStatus;
  patient: PersonFields & { id: string };
  createdAt: Date;
  /** The link gives medical access now (docs/domain.md rule 24). */
  hasMedicalAccess: boolean;
}

export interface RepresentativeLinkRecord {
  id: string;
  relation: 'parent' | 'guardian';
  status: LinkStatus;
  representativePatientId: string;
  wardPatientId: string;
  createdAt: Date;
}

/** A link waiting for the registry, with what the registrar checks: both people and the document. */
export interface LinkForApproval extends RepresentativeLinkRecord {
  representative: PersonFields;
  ward: PersonFields;
  /** The clinic the ward is attached to: its registry decides (none: a system admin). */
  wardOrganizationId: string | null;
  /** The document number the representative typed (birth certificate, guardianship decision). */
  document: string | null;
  /** The uploaded scan of the document, when there is one. */
  documentFileId: string | null;
}

/** A representative of the caller, as the ward sees them (the young person's own list). */
export interface MyRepresentativeRecord {
  linkId: string;
  relation: 'parent' | 'guardian';
  status: 'pending' | 'active';
  representative: Pick<PersonFields, 'surname' | 'name' | 'patronymic'>;
  isMedicalAccessAllowed: boolean;
  createdAt: Date;
}

/** Someone told of a new link to a ward: the ward's own account or an existing representative's. */
export interface LinkNoticeRecipient {
  accountId: string;
  phone: string | null;
  audience: 'ward' | 'representative';
}

/** A person found by SNILS, with the phone of their own account when they have one. */
export interface KnownPerson {
  id: string;
  surname: string;
  birthDate: string;
  accountId: string | null;
  /** The confirmed phone of the person's own account. */
  accountPhone: string | null;
}

export interface RepresentativeRepository {
  /** Links from the representative (any status but rejected) and booking consents given to them. */
  listWards(representativePatientId: string): Promise<WardRecord[]>;
  hasOpenLink(representativePatientId: string, wardPatientId: string): Promise<boolean>;
  /**
   * When the representative's links were created since `since`, oldest first. Locks the representative's
   * row for the transaction first, so two requests at once cannot both pass the daily limit.
   */
  linksCreatedSince(representativePatientId: string, since: Date): Promise<Date[]>;
  createLink(link: {
    representativePatientId: string;
    wardPatientId: string;
    relation: 'parent' | 'guardian';
    status: 'pending' | 'active';
    document: string | null;
  }): Promise<string>;
  /**
   * Attaches the caller's own unattached upload to the new link and records it as the link's scan; false
   * when the file is missing, someone else's or already attached.
   */
  attachDocumentFile(input: {
    linkId: string;
    fileId: string;
    ownerAccountId: string;
    at: Date;
  }): Promise<boolean>;
  findLink(id: string): Promise<RepresentativeLinkRecord | null>;
  /** Conditional on the link being open (pending or active); false otherwise. */
  setStatus(
    id: string,
    status: 'active' | 'rejected' | 'ended',
    byAccountId: string | null,
    at: Date,
  ): Promise<boolean>;
  /** Pending links whose ward is attached to one of the organizations, or (`unattached`) to none. */
  listPending(filter: { organizationIds: string[]; unattached: boolean }): Promise<LinkForApproval[]>;
  findForApproval(linkId: string): Promise<LinkForApproval | null>;
  /** Ends a booking consent the representative holds; false when there is none. */
  revokeBookingConsent(consentId: string, granteePatientId: string, at: Date): Promise<boolean>;
  /** The person with this SNILS, with the phones of their file and account; by every hash the SNILS may be
   * stored under (`IdentitySecrets.snilsLookupHashes`). */
  findPersonBySnilsHash(snilsHashes: readonly string[]): Promise<KnownPerson | null>;
  /** A new patient row for a child or ward the clinic does not know yet. */
  createPerson(person: PersonFields & { snils: string | null }): Promise<string>;
  /**
   * The phone a confirmation code for a parent's link goes to: the confirmed phone of the child's own
   * account, else the phone on the child's file; null when there is neither.
   */
  codePhoneOf(patientId: string): Promise<{ phone: string; accountId: string | null } | null>;
  /** Accounts to tell of a new link: the ward's own, and those of the ward's other active representatives. */
  linkNoticeRecipients(wardPatientId: string, newLinkId: string): Promise<LinkNoticeRecipient[]>;
  /** The ward's open parent and guardian links, newest first. */
  listRepresentatives(wardPatientId: string): Promise<MyRepresentativeRecord[]>;
  /** Gives or withdraws the young person's permission on an active parent link of theirs; false without one. */
  setMedicalAccess(linkId: string, wardPatientId: string, isAllowed: boolean, at: Date): Promise<boolean>;
  /** The ward's birth date and the zone of their region, for the age rules. */
  wardAge(patientId: string): Promise<{ birthDate: string; timeZone: string } | null>;
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
