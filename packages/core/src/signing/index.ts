// Electronic signatures (docs/domain.md rule 27, docs/signatures.md): certificates, the signer port, signing.
export {
  type CertificateChoice,
  type CertificateStatus,
  certificateStatusAt,
  chooseSigningCertificate,
  isCertificateUsable,
  isPdf,
} from './certificate-rules';
export { type SigningDeps, type SignPdfInput, signatureFacts, signPdf } from './sign-pdf';
export { SigningErrorCode } from './signing.errors';
export type * from './signing.ports';
export type {
  CertificateHolder,
  CertificateHolderKind,
  CertificateSubject,
  DocumentIssuer,
  DocumentSignature,
  SignatureInspection,
  SignatureRequest,
  SignedPdf,
  SigningCertificate,
} from './signing.types';
export { CERTIFICATE_HOLDER_KINDS } from './signing.types';
export { signingUseCases } from './signing.use-cases';
