/** Error codes of electronic signatures (mapped to HTTP and Russian text by the API; docs/signatures.md). */
export const SigningErrorCode = {
  /** The signer has no certificate at all: none was issued (or registered) for the practitioner or clinic. */
  SIGNING_CERTIFICATE_MISSING: 'SIGNING_CERTIFICATE_MISSING',
  /** The signer's newest certificate begins later than the signing time. */
  SIGNING_CERTIFICATE_NOT_YET_VALID: 'SIGNING_CERTIFICATE_NOT_YET_VALID',
  /** The signer's newest certificate ended before the signing time. */
  SIGNING_CERTIFICATE_EXPIRED: 'SIGNING_CERTIFICATE_EXPIRED',
  /** The signer's newest certificate was revoked. */
  SIGNING_CERTIFICATE_REVOKED: 'SIGNING_CERTIFICATE_REVOKED',
  /** Someone signed in who is not a practitioner asked for a practitioner's signature. */
  SIGNING_PRACTITIONER_REQUIRED: 'SIGNING_PRACTITIONER_REQUIRED',
  /** The system's signature was asked for without naming the organisation that signs. */
  SIGNING_ORGANIZATION_REQUIRED: 'SIGNING_ORGANIZATION_REQUIRED',
  /** The bytes to sign are not a PDF file Talon can read (damaged, or encrypted). */
  SIGNING_PDF_INVALID: 'SIGNING_PDF_INVALID',
  /** The PDF already carries a signature; signing it again here would break that one. */
  SIGNING_PDF_ALREADY_SIGNED: 'SIGNING_PDF_ALREADY_SIGNED',
  /**
   * The signer cannot sign now: the external signature service did not answer, or the certificate's key is
   * not held by the signer Talon runs.
   */
  SIGNING_SERVICE_UNAVAILABLE: 'SIGNING_SERVICE_UNAVAILABLE',
} as const;
export type SigningErrorCode = (typeof SigningErrorCode)[keyof typeof SigningErrorCode];
