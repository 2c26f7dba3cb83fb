import type { AccessDeps, ActiveWardLink } from '../access';
import type { AuditLog } from '../audit';
import type { OutboxPort } from '../identity';
import type { AppointmentOutboxPort, AppointmentRecipientsPort } from '../notifications';
import type { Clock } from '../shared';

/** A referral as storage returns it, with the names it shows. */
export interface ReferralRecord {
  id: string;
  patientId: string;
  specialty: { code: string; name: string };
  diagnosisCode: string | null;
  /** The last day it may be used (inclusive), `YYYY-MM-DD`. */
  validUntil: string;
  issuedBy: { id: string; name: string } | null;
  organization: { id: string; name: string } | null;
  /** The issuing clinic's zone, in which `validUntil` is read; Moscow when the clinic is gone. */
  timeZone: string;
  usedByAppointmentId: string | null;
  cancelledAt: Date | null;
  createdAt: Date;
}

/** A referral with whether it can still be used for booking now. */
export interface ReferralView extends ReferralRecord {
  isUsable: boolean;
}

/**
 * A referral as one reader sees it: the diagnosis is medical (docs/domain.md rule 24), so the booking view
 * of registrars, booking-consent proxies and parents a young person has not let in leaves it out.
 */
export type ReferralReading = Omit<ReferralView, 'diagnosisCode'> & { diagnosisCode?: string | null };

/** The practitioner issuing a referral at a clinic. */
export interface ReferralIssuer {
  practitionerId: string;
  practitionerName: string;
  organizationId: string;
  organizationName: string;
  timeZone: string;
}

export interface NewReferral {
  patientId: string;
  specialtyCode: string;
  issuedByPractitionerId: string;
  issuingOrganizationId: string;
  diagnosisCode: string | null;
  validUntil: string;
  at: Date;
}

/** What the referral use cases need from storage; implemented in the db package. */
export interface ReferralsRepository {
  findSpecialty(code: string): Promise<{ code: string; name: string } | null>;
  /**
   * The practitioner at the clinic they refer from: the one of `organizationIds` where they hold an
   * active role, in the order given; null when they hold none there.
   */
  findIssuer(practitionerId: string, organizationIds: readonly string[]): Promise<ReferralIssuer | null>;
  insert(referral: NewReferral): Promise<string>;
  find(id: string): Promise<ReferralRecord | null>;
  /** The patients' referrals, newest first (at most `limit`). */
  list(filter: {
    patientIds: readonly string[];
    specialtyCode: string | null;
    limit: number;
  }): Promise<ReferralRecord[]>;
  /** The representative's active parent and guardian links (the age rules decide which still count). */
  wardLinks(representativePatientId: string): Promise<ActiveWardLink[]>;
}

export interface ReferralsRepos {
  referrals: ReferralsRepository;
  audit: AuditLog;
  outbox: OutboxPort & AppointmentOutboxPort;
  recipients: AppointmentRecipientsPort;
}

export interface ReferralsStore {
  read<T>(work: (repos: Pick<ReferralsRepos, 'referrals'>) => Promise<T>): Promise<T>;
  transaction<T>(work: (repos: ReferralsRepos) => Promise<T>): Promise<T>;
}

export interface ReferralsDeps {
  store: ReferralsStore;
  access: AccessDeps;
  clock: Clock;
}
