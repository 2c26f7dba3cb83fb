import {
  PRACTITIONER_DOCUMENT_KINDS,
  PRACTITIONER_DOCUMENT_STATUSES,
  type PractitionerDocumentKind,
  type PractitionerDocumentStatus,
} from '@talon/vocabulary';

export {
  PRACTITIONER_DOCUMENT_KINDS,
  PRACTITIONER_DOCUMENT_STATUSES,
  type PractitionerDocumentKind,
  type PractitionerDocumentStatus,
};

/** The section texts of a document, by the template's section key. */
export type DocumentSections = Record<string, string>;

export interface PractitionerDocumentView {
  id: string;
  number: string;
  kind: PractitionerDocumentKind;
  title: string;
  status: PractitionerDocumentStatus;
  patient: { id: string; name: string };
  practitionerId: string;
  organizationId: string;
  encounterId: string | null;
  /** `YYYY-MM-DD`, both included; for the kinds written over a period. */
  period: { from: string; to: string } | null;
  sections: DocumentSections;
  /** The `documents` row of the signed PDF. */
  documentId: string | null;
  /** The signed document this one corrects. */
  supersedesId: string | null;
  signedAt: Date | null;
  verificationCode: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** A patient's certificate or extract waiting for a doctor's signature (core/document-requests). */
export interface AwaitingRequest {
  id: string;
  number: string;
  type: string;
  title: string;
  patient: { id: string; name: string };
  createdAt: Date;
}
