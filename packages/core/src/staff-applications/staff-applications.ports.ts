import type { AuditLog } from '../audit';
import type { OutboxPort } from '../identity';
import type { QualificationView } from '../qualifications';
import type { Clock } from '../shared';
import type { SigningDeps } from '../signing';
import type { FileStore, StoredFilesRepository } from '../uploads';
import type {
  ApplicationFields,
  StaffApplicationStatus,
  StaffApplicationType,
  StaffApplicationView,
  StaffCertificateKind,
  StaffCertificateView,
} from './staff-applications.types';

export interface StaffApplicationsRepository {
  /** The clinic's next running number of the year: one counter row per clinic and year, bumped in one UPDATE. */
  nextNumber(organizationId: string, year: number): Promise<number>;
  create(application: {
    id: string;
    number: string;
    type: StaffApplicationType;
    fields: ApplicationFields;
    attachmentIds: readonly string[];
    accountId: string;
    practitionerId: string;
    organizationId: string;
    at: Date;
  }): Promise<StaffApplicationView>;
  find(id: string): Promise<StaffApplicationView | null>;
  /** The account's own applications, newest first. */
  listOwn(accountId: string): Promise<StaffApplicationView[]>;
  /** Applications to these clinics (null: every clinic), oldest first (the queue). */
  listForClinics(
    organizationIds: readonly string[] | null,
    status: StaffApplicationStatus | null,
  ): Promise<StaffApplicationView[]>;
  /** from → to in one conditional UPDATE; false when the status changed meanwhile. */
  setStatus(
    id: string,
    change: {
      from: StaffApplicationStatus;
      to: StaffApplicationStatus;
      at: Date;
      byAccountId: string;
      rejectionReason?: string | null;
    },
  ): Promise<boolean>;
  /** The account's e-mail for notices, if it has one. */
  emailOf(accountId: string): Promise<string | null>;
}

/** What a certificate is drawn from: the practitioner, the clinic and their work there. */
export interface CertificateFacts {
  practitioner: {
    id: string;
    fullName: string;
    /** Total professional experience since (practitioners.experience_since). */
    experienceSince: string;
    qualificationCategory: string;
  };
  organization: { id: string; name: string; address: string; phone: string | null; timeZone: string };
  /** The practitioner's specialties at the clinic with their first day there (practitioner_roles.employed_since). */
  positions: { specialty: string; employedSince: string }[];
  /** Confirmed qualifications (core `qualifications`). */
  qualifications: QualificationView[];
}

export interface StaffCertificatesRepository {
  facts(practitionerId: string, organizationId: string): Promise<CertificateFacts | null>;
  nextNumber(): Promise<number>;
  insert(certificate: {
    id: string;
    number: string;
    kind: StaffCertificateKind;
    accountId: string;
    practitionerId: string;
    organizationId: string;
    issuedOn: string;
    fileId: string;
    sha256: string;
    verificationCode: string;
    signerName: string;
    certificateSerial: string;
    signedAt: Date;
    at: Date;
  }): Promise<void>;
  listOwn(accountId: string): Promise<StaffCertificateView[]>;
  /** The certificate and its file id, when it is the account's. */
  findOwn(accountId: string, id: string): Promise<(StaffCertificateView & { fileId: string }) | null>;
}

export interface StaffApplicationsRepos {
  applications: StaffApplicationsRepository;
  certificates: StaffCertificatesRepository;
  files: StoredFilesRepository;
  audit: AuditLog;
  outbox: OutboxPort;
}

export interface StaffApplicationsStore {
  transaction<T>(work: (repos: StaffApplicationsRepos) => Promise<T>): Promise<T>;
}

/** What a certificate's renderer draws. */
export interface StaffCertificateContent {
  title: string;
  number: string;
  issuedOn: string;
  organization: { name: string; address: string; phone: string | null };
  employee: string;
  /** «label: value» lines under the employee's name. */
  lines: { label: string; value: string }[];
  statement: string;
  signedBy: string;
  checkUrl: string;
}

export interface StaffApplicationsDeps {
  store: StaffApplicationsStore;
  clock: Clock;
  signing: SigningDeps;
  files: FileStore;
  render(content: StaffCertificateContent): Promise<Uint8Array>;
  newId(): string;
  newVerificationCode(): string;
  publicUrl: string;
}
