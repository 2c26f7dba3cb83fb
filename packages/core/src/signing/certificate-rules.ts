import { SigningErrorCode } from './signing.errors';
import type { SigningCertificate } from './signing.types';

/** A certificate's state at a moment: only `usable` signs. */
export type CertificateStatus = 'usable' | 'not_yet_valid' | 'expired' | 'revoked';

type CertificateDates = Pick<SigningCertificate, 'validFrom' | 'validTo' | 'revokedAt'>;

/**
 * The certificate's state at `at`. Revocation counts from its moment on: a signature made before the
 * certificate was revoked stays valid, as in X.509 (RFC 5280 §3.3), so the public check of an older
 * document asks for the state at the document's signing time. The validity bounds are inclusive, as
 * `notBefore` and `notAfter` are.
 */
export function certificateStatusAt(certificate: CertificateDates, at: Date): CertificateStatus {
  const time = at.getTime();
  if (certificate.revokedAt !== null && certificate.revokedAt.getTime() <= time) return 'revoked';
  if (time < certificate.validFrom.getTime()) return 'not_yet_valid';
  if (time > certificate.validTo.getTime()) return 'expired';
  return 'usable';
}

/** A certificate signs at `at` when it is valid then and not revoked. */
export const isCertificateUsable = (certificate: CertificateDates, at: Date): boolean =>
  certificateStatusAt(certificate, at) === 'usable';

const REFUSAL: Record<Exclude<CertificateStatus, 'usable'>, SigningErrorCode> = {
  not_yet_valid: SigningErrorCode.SIGNING_CERTIFICATE_NOT_YET_VALID,
  expired: SigningErrorCode.SIGNING_CERTIFICATE_EXPIRED,
  revoked: SigningErrorCode.SIGNING_CERTIFICATE_REVOKED,
};

export type CertificateChoice<C> = { certificate: C } | { refusal: SigningErrorCode };

/**
 * The certificate to sign with at `at` among a holder's certificates: of those usable then, the one whose
 * validity began last (a renewed certificate takes over from the old one at once). When none is usable the
 * refusal explains the newest certificate, which is the one its holder would expect to sign with (a holder
 * whose new certificate was revoked hears «revoked», not that an older one expired); no certificate at all
 * is `SIGNING_CERTIFICATE_MISSING`.
 */
export function chooseSigningCertificate<C extends CertificateDates>(
  certificates: readonly C[],
  at: Date,
): CertificateChoice<C> {
  const newestFirst = [...certificates].sort((a, b) => b.validFrom.getTime() - a.validFrom.getTime());
  const usable = newestFirst.find((certificate) => isCertificateUsable(certificate, at));
  if (usable) return { certificate: usable };
  const newest = newestFirst[0];
  if (!newest) return { refusal: SigningErrorCode.SIGNING_CERTIFICATE_MISSING };
  const status = certificateStatusAt(newest, at);
  return status === 'usable' ? { certificate: newest } : { refusal: REFUSAL[status] };
}

/** A PDF file begins with `%PDF-` (ISO 32000-1 §7.5.2); anything else is refused before a signer sees it. */
export function isPdf(bytes: Uint8Array): boolean {
  const header = [0x25, 0x50, 0x44, 0x46, 0x2d];
  return bytes.length > header.length && header.every((byte, index) => bytes[index] === byte);
}
