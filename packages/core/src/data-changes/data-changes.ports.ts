import type { IdentityDeps, IdentityRepos } from '../identity';
import type { Clock } from '../shared';
import type { StoredFilesRepository } from '../uploads';
import type {
  DataChangeCategory,
  DataChangeRequest,
  DataChangeScope,
  DataChangeStatus,
} from './data-changes.types';

export interface NewDataChangeRequest {
  patientId: string;
  accountId: string | null;
  category: DataChangeCategory;
  newValue: string;
  reason: string;
  dueAt: Date;
  at: Date;
}

export interface DataChangeFilter {
  scope: DataChangeScope;
  status?: DataChangeStatus;
  /** Only open requests due before this moment. */
  overdueAt?: Date;
  /** Open requests past their deadline at this moment come first. */
  now: Date;
  page: number;
  pageSize: number;
}

export interface DataChangeStatusChange {
  from: DataChangeStatus;
  to: DataChangeStatus;
  at: Date;
  /** Set with a decision (the staff's comment, encrypted at rest). */
  comment?: string | null;
  decidedByAccountId?: string;
}

export interface DataChangeRepository {
  /** Stores the request with the next `ИЗМ-YYYY-NNNNNN` number; the text fields are encrypted at rest. */
  create(request: NewDataChangeRequest): Promise<DataChangeRequest>;
  /** The patient's requests, newest first. */
  listForPatient(patientId: string): Promise<DataChangeRequest[]>;
  findForPatient(id: string, patientId: string): Promise<DataChangeRequest | null>;
  /** The request when it is in the staff member's scope (patients attached to their clinics), else null. */
  findInScope(id: string, scope: DataChangeScope): Promise<DataChangeRequest | null>;
  /** Overdue first, then by deadline; with the total number of matches. */
  search(filter: DataChangeFilter): Promise<{ items: DataChangeRequest[]; total: number }>;
  /** Conditional on the current status being `from`: false when someone else moved it first. */
  setStatus(id: string, change: DataChangeStatusChange): Promise<boolean>;
  /** Conditional on not being confirmed yet. */
  setConfirmed(id: string, at: Date): Promise<boolean>;
}

/** Writes an applied change into the patient's card; `taken` when the value belongs to another person. */
export interface PatientDataWriter {
  apply(patientId: string, category: DataChangeCategory, value: string, at: Date): Promise<'ok' | 'taken'>;
  /** The e-mail on the patient's card, or null. */
  emailOf(patientId: string): Promise<string | null>;
}

/** Everything one data-change transaction may touch: identity's (codes, outbox, audit, accounts) and ours. */
export interface DataChangeRepos extends Pick<IdentityRepos, 'codes' | 'outbox' | 'audit' | 'accounts'> {
  dataChanges: DataChangeRepository;
  patientData: PatientDataWriter;
  storedFiles: Pick<StoredFilesRepository, 'attach'>;
}

export interface DataChangeStore {
  transaction<T>(work: (repos: DataChangeRepos) => Promise<T>): Promise<T>;
}

export interface DataChangeDeps {
  store: DataChangeStore;
  clock: Clock;
  identity: Pick<IdentityDeps, 'secrets' | 'clock'>;
}
