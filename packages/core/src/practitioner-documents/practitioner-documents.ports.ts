import type { AccessDeps } from '../access';
import type { AuditLog } from '../audit';
import type {
  ConditionsRepository,
  DocumentsRepository,
  EncountersRepository,
  LabResultsRepository,
  MedicationRequestsRepository,
} from '../records';
import type { Clock, TransactionalStore } from '../shared';
import type { DocumentIssuer, SigningDeps } from '../signing';
import type { FileStore, StoredFilesRepository } from '../uploads';
import type {
  AwaitingRequest,
  DocumentSections,
  PractitionerDocumentKind,
  PractitionerDocumentStatus,
  PractitionerDocumentView,
} from './practitioner-documents.types';

export interface NewPractitionerDocument {
  id: string;
  number: string;
  kind: PractitionerDocumentKind;
  patientId: string;
  practitionerId: string;
  organizationId: string;
  encounterId: string | null;
  period: { from: string; to: string } | null;
  sections: DocumentSections;
  supersedesId: string | null;
  at: Date;
}

export type { DocumentIssuer };

export interface PractitionerDocumentsRepository {
  /** The next value of the numbers' sequence. */
  nextNumber(): Promise<number>;
  create(document: NewPractitionerDocument): Promise<void>;
  find(id: string): Promise<PractitionerDocumentView | null>;
  /** Rewrites a draft's sections; false when it is not a draft (any more). */
  updateSections(id: string, sections: DocumentSections, at: Date): Promise<boolean>;
  /** draft → signed with its `documents` row; false when it was not a draft. */
  markSigned(id: string, documentId: string, at: Date): Promise<boolean>;
  /** signed → superseded, and its `documents` row too; false when it was not signed. */
  markSuperseded(id: string, at: Date): Promise<boolean>;
  /** Whether a draft or signed correction of `id` exists. */
  hasCorrection(id: string): Promise<boolean>;
  /** The practitioner's documents, newest change first. */
  list(filter: {
    practitionerId: string;
    statuses: readonly PractitionerDocumentStatus[];
    kind: PractitionerDocumentKind | null;
    limit: number;
  }): Promise<PractitionerDocumentView[]>;
  /** Certificate requests awaiting a signature at the clinics where the practitioner works, oldest first. */
  awaitingRequests(practitionerId: string, limit: number): Promise<AwaitingRequest[]>;
  /** The practitioner's clinic for the patient: the one the patient is attached to, else their first. */
  issuerFor(input: {
    practitionerId: string;
    patientId: string;
    organizationId: string | null;
  }): Promise<DocumentIssuer | null>;
  patientCard(patientId: string): Promise<{ fullName: string; birthDate: string } | null>;
  practitionerName(practitionerId: string): Promise<string | null>;
}

export interface PractitionerDocumentsRepos {
  practitionerDocuments: PractitionerDocumentsRepository;
  encounters: EncountersRepository;
  conditions: ConditionsRepository;
  labResults: LabResultsRepository;
  prescriptions: MedicationRequestsRepository;
  documents: DocumentsRepository;
  files: StoredFilesRepository;
  audit: AuditLog;
}

export type PractitionerDocumentsStore = TransactionalStore<PractitionerDocumentsRepos>;

/** What the PDF of a practitioner's document shows; drawn by the adapter (pdfkit). */
export interface PractitionerDocumentPrint {
  title: string;
  form: string | null;
  number: string;
  /** `YYYY-MM-DD`. */
  issuedOn: string;
  organization: { name: string; address: string; phone: string | null; ogrn: string | null };
  patient: { fullName: string; birthDate: string };
  period: { from: string; to: string } | null;
  sections: { heading: string; text: string }[];
  author: string;
  checkUrl: string;
}

export interface PractitionerDocumentsDeps {
  store: PractitionerDocumentsStore;
  access: AccessDeps;
  clock: Clock;
  signing: SigningDeps;
  files: FileStore;
  render(print: PractitionerDocumentPrint): Promise<Uint8Array>;
  newId(): string;
  newVerificationCode(): string;
  publicUrl: string;
}
