import type { IdentityRepos } from '../identity';
import type { Clock } from '../shared';
import type { StoredFilesRepository } from '../uploads';
import type { AttachmentRequest, AttachmentRequestStatus, CurrentAttachment } from './attachment.types';

export interface NewAttachmentRequest {
  patientId: string;
  accountId: string | null;
  organizationId: string;
  district: string | null;
  reason: string;
  moved: boolean;
  scanUploadId: string | null;
  at: Date;
}

/** Which clinics' requests a registrar handles: all (system admin) or those of their clinics. */
export type AttachmentScope = { kind: 'all' } | { kind: 'organizations'; organizationIds: readonly string[] };

export interface AttachmentRequestRepository {
  /**
   * Stores the request with the next `ПРК-YYYY-NNNNNN` number (reason encrypted at rest); null when the
   * patient already has a request under review (the partial unique index says so).
   */
  create(request: NewAttachmentRequest): Promise<AttachmentRequest | null>;
  /** Records the scan once it is attached to the request (so an unknown upload id is never stored). */
  setScan(id: string, uploadId: string): Promise<void>;
  /** The patient's requests, newest first. */
  listForPatient(patientId: string): Promise<AttachmentRequest[]>;
  /** The request when it was made to a clinic in `scope`, else null. */
  findInScope(id: string, scope: AttachmentScope): Promise<AttachmentRequest | null>;
  /** Requests to the clinics in `scope`, oldest first, at most `limit`. */
  search(filter: {
    scope: AttachmentScope;
    status?: AttachmentRequestStatus;
    limit: number;
  }): Promise<AttachmentRequest[]>;
  /** Conditional on the request being under review: false when someone decided it first. */
  decide(
    id: string,
    change: { to: AttachmentRequestStatus; comment: string | null; decidedByAccountId: string; at: Date },
  ): Promise<boolean>;
}

/** The patient's current attachment (on `patients`) and its history (`patient_attachments`). */
export interface PatientAttachmentRepository {
  /** The current attachment, the row locked for the transaction; null when the patient is unknown. */
  lockCurrent(patientId: string): Promise<CurrentAttachment | null>;
  /**
   * Attaches from `day`: ends the open period (keeping a period for an attachment that had none), opens a
   * new one and sets the card's current attachment — all in the caller's transaction.
   */
  attach(input: {
    patientId: string;
    organizationId: string;
    district: string | null;
    day: string;
    requestId: string | null;
    byAccountId: string;
    at: Date;
  }): Promise<void>;
  /** The e-mail on the patient's card and their account, for the notice. */
  contactOf(patientId: string): Promise<{ accountId: string | null; email: string | null } | null>;
  /** The clinic's name when it exists and takes patients, else null. */
  organizationName(organizationId: string): Promise<string | null>;
}

export interface AttachmentRepos extends Pick<IdentityRepos, 'outbox' | 'audit' | 'accounts'> {
  attachmentRequests: AttachmentRequestRepository;
  patientAttachments: PatientAttachmentRepository;
  storedFiles: Pick<StoredFilesRepository, 'attach'>;
}

export interface AttachmentStore {
  transaction<T>(work: (repos: AttachmentRepos) => Promise<T>): Promise<T>;
}

export interface AttachmentDeps {
  store: AttachmentStore;
  clock: Clock;
}
