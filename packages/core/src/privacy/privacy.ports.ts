import type { AuditRepository } from '../audit';
import type { Clock } from '../shared';
import type {
  AccountRecord,
  ConsentRecord,
  DataRequest,
  DataRequestKind,
  DataRequestStatus,
  DataRequestSummary,
  PatientProfile,
  SessionRecord,
} from './privacy.types';

export interface PatientCardRepository {
  /** The card with SNILS and OMS decrypted; null when there is no such patient. */
  findCard(patientId: string): Promise<PatientProfile | null>;
}

export interface AccountRecordRepository {
  findAccount(accountId: string): Promise<AccountRecord | null>;
  /** The account's sessions, live and ended, newest first. */
  listSessions(accountId: string, limit: number): Promise<SessionRecord[]>;
}

export interface ConsentLedger {
  /** The patient's consents, newest first. */
  listForPatient(patientId: string): Promise<ConsentRecord[]>;
  /** The consent only when it is this patient's. */
  findForPatient(patientId: string, consentId: string): Promise<ConsentRecord | null>;
  /** Conditional: false when it was already revoked (two requests racing). */
  revoke(consentId: string, at: Date): Promise<boolean>;
}

/** Which requests an admin may see: all (system admin) or those of patients attached to given clinics. */
export type DataRequestScope =
  | { kind: 'all' }
  | { kind: 'organizations'; organizationIds: readonly string[] };

export interface DataRequestFilter {
  scope: DataRequestScope;
  status?: DataRequestStatus;
  /** Only open requests due before this moment. */
  overdueAt?: Date;
  page: number;
  pageSize: number;
}

export interface DataRequestRepository {
  /** Stores the request; `details` is encrypted at rest. */
  create(request: {
    patientId: string;
    accountId: string | null;
    kind: DataRequestKind;
    details: string | null;
    dueAt: Date;
    at: Date;
  }): Promise<DataRequest>;
  /** The patient's requests, newest first, details decrypted. */
  listForPatient(patientId: string): Promise<DataRequest[]>;
  /** Latest due first, with the total number of matches. */
  search(filter: DataRequestFilter): Promise<{ items: DataRequestSummary[]; total: number }>;
  findInScope(id: string, scope: DataRequestScope): Promise<DataRequestSummary | null>;
  /** Conditional on the current status being `from`: false when another admin changed it first. */
  setStatus(
    id: string,
    change: { from: DataRequestStatus; to: DataRequestStatus; at: Date; closedAt: Date | null },
  ): Promise<boolean>;
}

/** Everything one privacy transaction may touch. */
export interface PrivacyRepos {
  patients: PatientCardRepository;
  accounts: AccountRecordRepository;
  consents: ConsentLedger;
  dataRequests: DataRequestRepository;
  audit: AuditRepository;
}

export interface PrivacyStore {
  transaction<T>(work: (repos: PrivacyRepos) => Promise<T>): Promise<T>;
}

export interface PrivacyDeps {
  store: PrivacyStore;
  clock: Clock;
}
