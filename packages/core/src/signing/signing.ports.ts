import type { CertificateHolder, SignatureRequest, SigningCertificate } from './signing.types';

/**
 * The signer (docs/domain.md rule 27; docs/signatures.md): it turns a PDF into the same PDF with a PAdES
 * signature (an incremental update holding a detached CMS signature over the file's byte ranges), made with
 * the key of `request.certificateId`, whose signature dictionary carries `/Name`, `/M`, `/Reason` and
 * `/Location`. Talon's own adapter signs with keys kept in the database (demo and local installations);
 * production plugs in the clinic's qualified signature service (GOST algorithms), whose keys never reach
 * Talon. An adapter that cannot sign right now throws `DomainError(SIGNING_SERVICE_UNAVAILABLE)`.
 */
export interface DocumentSigner {
  sign(pdf: Uint8Array, request: SignatureRequest): Promise<Uint8Array>;
}

/** The certificates Talon knows (public facts only). */
export interface SigningCertificatesRepository {
  /** Every certificate of the holder, revoked and expired ones included, newest first. */
  listForHolder(holder: CertificateHolder): Promise<SigningCertificate[]>;
  /** The certificate with this serial (lower-case hex), or null. */
  findBySerial(serial: string): Promise<SigningCertificate | null>;
}
