import {
  DOCUMENT_REQUEST_STATUSES,
  DOCUMENT_REQUEST_TYPES,
  type DocumentRequestStatus,
  type DocumentRequestType,
} from '@talon/vocabulary';

export {
  DOCUMENT_REQUEST_STATUSES,
  DOCUMENT_REQUEST_TYPES,
  type DocumentRequestStatus,
  type DocumentRequestType,
};

/**
 * Certificates and extracts ordered by a patient (issue 11 item 6; docs/requests.md, «Certificates and
 * extracts»). The coded lists are declared once here: the database's checks and the API's enums use them.
 */

/** A period of the record, ISO dates, both inclusive. */
export interface DatePeriod {
  from: string;
  to: string;
}

export interface DocumentRequestView {
  id: string;
  number: string;
  patientId: string;
  type: DocumentRequestType;
  purpose: string | null;
  period: DatePeriod | null;
  /** The visit a visit certificate is about. */
  encounterId: string | null;
  status: DocumentRequestStatus;
  organizationId: string | null;
  documentId: string | null;
  /** The random code of the document's QR check page (`/check/<code>`), once there is a document. */
  verificationCode: string | null;
  /** The fingerprint of the record's part the document was made from (see `isStillCurrent`). */
  sourceStamp: string | null;
  rejectionReason: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** What the public check may say about a document: never the patient's name or medical content. */
export interface DocumentCheck {
  documentType: string;
  issuedAt: string;
  organization: string | null;
  sha256: string;
  signed: boolean;
  signerName: string | null;
  signedAt: Date | null;
  revoked: boolean;
  /** A correction signed since replaces it (the practitioner's documents); it stays genuine. */
  superseded: boolean;
}

/** One line of a generated document's body. */
export interface DocumentLine {
  label: string;
  value: string;
}

/** What the renderer draws: the clinic's requisites, the patient, the content, the QR link. */
export interface DocumentContent {
  number: string;
  type: DocumentRequestType;
  title: string;
  issuedOn: string;
  organization: { name: string; address: string; phone: string | null; ogrn: string | null };
  patient: { fullName: string; birthDate: string };
  purpose: string | null;
  period: DatePeriod | null;
  /** A sentence before the table (a certificate's statement). */
  statement: string;
  /** Table columns and rows: immunizations, results, visits. */
  columns: string[];
  rows: string[][];
  /** Who signs: the clinic (server signature) or the doctor. */
  signedBy: string;
  checkUrl: string;
}
