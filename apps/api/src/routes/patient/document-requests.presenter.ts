import type { TDocumentRequest, TDocumentVerification } from '@talon/contracts';
import {
  DOCUMENT_TITLES,
  type DocumentRequestView,
  type DocumentVerification,
} from '@talon/core/document-requests';

export const presentDocumentRequest = (request: DocumentRequestView): TDocumentRequest => ({
  id: request.id,
  number: request.number,
  patientId: request.patientId,
  type: request.type,
  title: DOCUMENT_TITLES[request.type],
  purpose: request.purpose,
  period: request.period,
  visitId: request.encounterId,
  status: request.status,
  rejectionReason: request.rejectionReason,
  documentId: request.documentId,
  fileUrl: request.documentId ? `/api/v1/records/documents/${request.documentId}/file` : null,
  checkUrl: request.verificationCode ? `/check/${request.verificationCode}` : null,
  createdAt: request.createdAt.toISOString(),
  updatedAt: request.updatedAt.toISOString(),
});

/** The public check's answer: the type, date, clinic, signer and hash — never the patient nor the content. */
export const presentVerification = (verification: DocumentVerification): TDocumentVerification =>
  verification.found
    ? {
        found: true,
        status: verification.status,
        documentType: verification.documentType,
        issuedAt: verification.issuedAt,
        organization: verification.organization,
        signed: verification.signed,
        signerName: verification.signerName,
        signedAt: verification.signedAt?.toISOString() ?? null,
        sha256: verification.sha256,
      }
    : { found: false };
