/**
 * Who holds a signing certificate: a practitioner (documents they write and sign) or an organisation (the
 * clinic's server signature on documents the system generates).
 */
export const CERTIFICATE_HOLDER_KINDS = ['practitioner', 'organization'] as const;
export type CertificateHolderKind = (typeof CERTIFICATE_HOLDER_KINDS)[number];

export interface CertificateHolder {
  kind: CertificateHolderKind;
  /** The practitioner's or the organisation's id. */
  id: string;
}

/** The certificate's subject as a reader sees it: the person's or the organisation's name, in Russian. */
export interface CertificateSubject {
  /** `CN`: «Васильева Ирина Петровна», or the organisation's name for a server signature. */
  commonName: string;
  /** `O`: the organisation the holder signs for; null when the certificate names none. */
  organization: string | null;
}

/**
 * A signing certificate known to Talon (docs/signatures.md): its public facts, never its key. A certificate
 * issued by the clinic's qualified signature service is registered here too, so that the use cases know who
 * may sign and the public check can name the signer; its key stays in that service.
 */
export interface SigningCertificate {
  id: string;
  holder: CertificateHolder;
  subject: CertificateSubject;
  /** The serial number, lower-case hexadecimal without leading zeros: what a PDF signature names. */
  serial: string;
  /** The issuer's common name (the certification authority). */
  issuer: string;
  validFrom: Date;
  validTo: Date;
  /** When the certificate was revoked; null while it is not. */
  revokedAt: Date | null;
}

/** What a signer is asked to do: sign these bytes with this certificate, saying why, where and when. */
export interface SignatureRequest {
  certificateId: string;
  /** The signer's name written into the signature dictionary (`/Name`): the certificate's common name. */
  signerName: string;
  /** `/Reason`: «Подписание выписного эпикриза». */
  reason: string;
  /** `/Location`: the clinic and its city; null leaves it out. */
  location: string | null;
  /** `/M`: the signing time the use case decided (its clock). */
  signingTime: Date;
}

/** A signed PDF and the facts a document record keeps about its signature. */
export interface SignedPdf {
  pdf: Uint8Array;
  /** SHA-256 of the signed file, lower-case hex: what the public check looks a document up by. */
  sha256: string;
  signerName: string;
  signedAt: Date;
  certificate: { id: string; serial: string; holder: CertificateHolder };
}

/** What a `documents` row keeps of its PDF's signature, with the code of its public check page. */
export interface DocumentSignature {
  signerName: string;
  signedAt: Date;
  certificateSerial: string;
  verificationCode: string;
}

/**
 * What the signature of a PDF says, read from the file alone (`inspectSignature` of `@talon/db`): whether it
 * is signed, by whom (the certificate's common name), when (`/M`), with which certificate, and whether the
 * bytes are those that were signed. It does not say whether the certificate is trusted or revoked: that is
 * Talon's record of the certificate (`SigningCertificate.revokedAt`) and of the document.
 */
export interface SignatureInspection {
  isSigned: boolean;
  signerName: string | null;
  signedAt: Date | null;
  /** Lower-case hex, as `SigningCertificate.serial`. */
  certificateSerial: string | null;
  /** The issuer's common name, as `SigningCertificate.issuer`. */
  issuerName: string | null;
  /**
   * The signature covers the whole file, its digest matches the bytes and it verifies with the certificate's
   * public key: nothing was changed or appended after signing.
   */
  isIntact: boolean;
}

/** The clinic a signed document is issued by: its requisites are printed on the page. */
export interface DocumentIssuer {
  id: string;
  name: string;
  address: string;
  phone: string | null;
  /** ОГРН; null while the clinic's card has none. */
  ogrn: string | null;
  timeZone: string;
}
