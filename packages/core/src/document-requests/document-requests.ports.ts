import type { AccessDeps } from '../access';
import type { AuditLog } from '../audit';
import type { OutboxPort } from '../identity';
import type {
  DocumentsRepository,
  EncountersRepository,
  ImmunizationsRepository,
  LabResultsRepository,
  NewDocument,
} from '../records';
import type { Clock, TransactionalStore } from '../shared';
import type { DocumentIssuer, DocumentSignature, SigningDeps } from '../signing';
import type { FileStore, StoredFilesRepository } from '../uploads';
import type {
  DatePeriod,
  DocumentCheck,
  DocumentContent,
  DocumentRequestStatus,
  DocumentRequestType,
  DocumentRequestView,
} from './document-requests.types';

/** A request as the clinic's queue lists it: who asked, at which clinic; nothing of the record. */
export interface ClinicDocumentRequest
  extends Pick<DocumentRequestView, 'id' | 'number' | 'patientId' | 'type' | 'status' | 'createdAt'> {
  patientName: string;
  organizationId: string | null;
  organizationName: string | null;
}

export interface NewDocumentRequest
  extends Pick<
    DocumentRequestView,
    'id' | 'number' | 'patientId' | 'type' | 'purpose' | 'period' | 'encounterId' | 'status'
  > {
  organizationId: string;
  sourceStamp: string;
  createdByAccountId: string;
  at: Date;
}

/**
 * A generated, signed document as the record keeps it (`documents`): issued by a clinic for a request, its
 * file and signature always present, no author's name on it.
 */
export type IssuedDocument = Pick<
  NewDocument,
  'id' | 'patientId' | 'encounterId' | 'type' | 'title' | 'documentDate' | 'authorPractitionerId' | 'at'
> &
  DocumentSignature & { organizationId: string; fileId: string; sha256: string; requestId: string };

/** The clinic a document is issued by: its requisites go on the page. */
export type Issuer = DocumentIssuer;

export interface DocumentRequestsRepository {
  /** The next value of the numbers' sequence (unique across certificates and extracts). */
  nextNumber(): Promise<number>;
  create(request: NewDocumentRequest): Promise<void>;
  find(id: string): Promise<DocumentRequestView | null>;
  /** The patient's requests, newest first; `type` one type. */
  list(filter: {
    patientId: string;
    type: DocumentRequestType | null;
    limit: number;
  }): Promise<DocumentRequestView[]>;
  /**
   * The requests addressed to clinics of `organizationIds` (every clinic when null) in one of `statuses`,
   * oldest first, with the patient's name for the staff's queue.
   */
  listForClinics(filter: {
    organizationIds: readonly string[] | null;
    statuses: readonly DocumentRequestStatus[];
    limit: number;
  }): Promise<ClinicDocumentRequest[]>;
  /**
   * Moves a request to `to` only from one of `from` (one conditional UPDATE, so a concurrent move loses
   * cleanly); the document it produced or the reason of a refusal with it. False when it was not in `from`.
   */
  transition(input: {
    id: string;
    from: readonly DocumentRequestStatus[];
    to: DocumentRequestStatus;
    at: Date;
    documentId?: string;
    rejectionReason?: string;
  }): Promise<boolean>;
  insertDocument(document: IssuedDocument): Promise<void>;
  isDocumentRevoked(documentId: string): Promise<boolean>;
  /**
   * A fingerprint of the part of the record a document of `type` states (how many rows and the latest
   * change): equal stamps mean the record did not change for that document.
   */
  sourceStamp(input: {
    patientId: string;
    type: DocumentRequestType;
    period: DatePeriod | null;
    encounterId: string | null;
  }): Promise<string>;
  /** The clinic `organizationId`, or else the patient's clinic of attachment, or of their latest visit. */
  issuerOf(patientId: string, organizationId: string | null): Promise<Issuer | null>;
  patientCard(patientId: string): Promise<{ fullName: string; birthDate: string } | null>;
  accountEmail(accountId: string): Promise<string | null>;
  /** The account that ordered the request (the patient or their representative); null when it is gone. */
  ordererOf(requestId: string): Promise<string | null>;
  /** The public facts of a document by its file's SHA-256 or its QR code; null when none. */
  checkBySha256(sha256: string): Promise<DocumentCheck | null>;
  checkByCode(code: string): Promise<DocumentCheck | null>;
  revocable(
    documentId: string,
  ): Promise<{ organizationId: string | null; patientId: string; revoked: boolean } | null>;
  /** Marks the document revoked; false when it was revoked already. */
  revoke(input: { documentId: string; reason: string; at: Date }): Promise<boolean>;
}

export interface DocumentRequestsRepos {
  requests: DocumentRequestsRepository;
  encounters: EncountersRepository;
  immunizations: ImmunizationsRepository;
  labResults: LabResultsRepository;
  documents: DocumentsRepository;
  files: StoredFilesRepository;
  audit: AuditLog;
  outbox: OutboxPort;
}

export type DocumentRequestsStore = TransactionalStore<DocumentRequestsRepos>;

export interface DocumentRequestsDeps {
  store: DocumentRequestsStore;
  access: AccessDeps;
  clock: Clock;
  signing: SigningDeps;
  /** Where the PDFs are kept (the uploads' file store: sealed bytes). */
  files: FileStore;
  /** Draws the PDF of a document (pdfkit in the API). */
  render(content: DocumentContent): Promise<Uint8Array>;
  newId(): string;
  /** An unguessable code for the QR check page's URL. */
  newVerificationCode(): string;
  /** The installation's public address: the QR opens `${publicUrl}/check/<code>`. */
  publicUrl: string;
}
