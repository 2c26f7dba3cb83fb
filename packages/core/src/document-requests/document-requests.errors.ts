/** Error codes of certificates, extracts and the public document check (mapped to HTTP by the API). */
export const DocumentRequestsErrorCode = {
  /** No such request, or not one the caller may see (answered alike, rule 16). */
  DOCUMENT_REQUEST_NOT_FOUND: 'DOCUMENT_REQUEST_NOT_FOUND',
  /** Extracts of results and visits are for a period: `period` is required. */
  DOCUMENT_REQUEST_PERIOD_REQUIRED: 'DOCUMENT_REQUEST_PERIOD_REQUIRED',
  /** The period ends before it starts, lies in the future or is longer than allowed. */
  DOCUMENT_REQUEST_PERIOD_INVALID: 'DOCUMENT_REQUEST_PERIOD_INVALID',
  /** A visit certificate names the visit (`visitId`) — one of the patient's own. */
  DOCUMENT_REQUEST_VISIT_REQUIRED: 'DOCUMENT_REQUEST_VISIT_REQUIRED',
  /** The record holds nothing the document could state (no vaccinations, no results in the period). */
  DOCUMENT_REQUEST_NOTHING_TO_ISSUE: 'DOCUMENT_REQUEST_NOTHING_TO_ISSUE',
  /** No clinic to issue from: the patient is attached nowhere and has no visit. */
  DOCUMENT_REQUEST_NO_ISSUER: 'DOCUMENT_REQUEST_NO_ISSUER',
  /** The request is not in a status that allows the move (signed already, rejected, someone came first). */
  DOCUMENT_REQUEST_STATUS_CONFLICT: 'DOCUMENT_REQUEST_STATUS_CONFLICT',
  /** Only a practitioner signs a certificate. */
  DOCUMENT_REQUEST_PRACTITIONER_REQUIRED: 'DOCUMENT_REQUEST_PRACTITIONER_REQUIRED',
  /** Refusing a request needs a reason: the patient reads it. */
  DOCUMENT_REQUEST_REJECTION_REASON_REQUIRED: 'DOCUMENT_REQUEST_REJECTION_REASON_REQUIRED',
  /** The document is not ready yet: nothing to send. */
  DOCUMENT_REQUEST_NOT_READY: 'DOCUMENT_REQUEST_NOT_READY',
  /** No e-mail address on the account. */
  DOCUMENT_REQUEST_EMAIL_REQUIRED: 'DOCUMENT_REQUEST_EMAIL_REQUIRED',
  /** The QR code of a check page that matches no document. */
  DOCUMENT_CHECK_NOT_FOUND: 'DOCUMENT_CHECK_NOT_FOUND',
  /** A document to revoke that does not exist or was not issued by the admin's clinic. */
  DOCUMENT_NOT_FOUND_FOR_REVOCATION: 'DOCUMENT_NOT_FOUND_FOR_REVOCATION',
  DOCUMENT_ALREADY_REVOKED: 'DOCUMENT_ALREADY_REVOKED',
  /** Revoking needs a reason (it is kept with the document). */
  DOCUMENT_REVOCATION_REASON_REQUIRED: 'DOCUMENT_REVOCATION_REASON_REQUIRED',
} as const;
export type DocumentRequestsErrorCode =
  (typeof DocumentRequestsErrorCode)[keyof typeof DocumentRequestsErrorCode];
