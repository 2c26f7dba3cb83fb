import { createHash } from 'node:crypto';
import type { Principal } from '../identity';
import { type Clock, DomainError } from '../shared';
import { chooseSigningCertificate, isPdf } from './certificate-rules';
import { SigningErrorCode } from './signing.errors';
import type { DocumentSigner, SigningCertificatesRepository } from './signing.ports';
import type { CertificateHolder, DocumentSignature, SignedPdf } from './signing.types';

/** What the signing use cases receive. */
export interface SigningDeps {
  certificates: SigningCertificatesRepository;
  signer: DocumentSigner;
  clock: Clock;
}

export interface SignPdfInput {
  pdf: Uint8Array;
  /** Why it is signed, shown by PDF readers (`/Reason`): «Выписной эпикриз». */
  reason: string;
  /** Where (`/Location`): the clinic and its city; null leaves it out. */
  location: string | null;
  /** The organisation whose certificate makes the system's signature; read only when the system signs. */
  organizationId?: string | null;
}

/**
 * Signs a PDF (docs/domain.md rule 27). A practitioner signs with their own certificate: a document they
 * wrote carries their name. The system (`principal` null: a generated certificate, an extract, a job) signs
 * with the certificate of the organisation the document comes from — the clinic's server signature. The
 * certificate must be valid at the signing time and not revoked (`chooseSigningCertificate`); the signing
 * time is the clock's now, written into the signature (`/M`) and returned for the document's record.
 *
 * Nothing is stored and nothing audited here: the caller keeps the signed file and its facts (`sha256`,
 * signer, time, serial) with the document, in its own transaction, and audits the act with the patient's
 * record it belongs to.
 */
export async function signPdf(
  deps: SigningDeps,
  principal: Principal | null,
  input: SignPdfInput,
): Promise<SignedPdf> {
  if (!isPdf(input.pdf)) throw new DomainError(SigningErrorCode.SIGNING_PDF_INVALID);
  const holder = signerOf(principal, input);
  const signingTime = deps.clock.now();
  const choice = chooseSigningCertificate(await deps.certificates.listForHolder(holder), signingTime);
  if ('refusal' in choice) throw new DomainError(choice.refusal);
  const { certificate } = choice;
  const signed = await deps.signer.sign(input.pdf, {
    certificateId: certificate.id,
    signerName: certificate.subject.commonName,
    reason: input.reason,
    location: input.location,
    signingTime,
  });
  return {
    pdf: signed,
    sha256: createHash('sha256').update(signed).digest('hex'),
    signerName: certificate.subject.commonName,
    signedAt: signingTime,
    certificate: { id: certificate.id, serial: certificate.serial, holder: certificate.holder },
  };
}

function signerOf(principal: Principal | null, input: SignPdfInput): CertificateHolder {
  if (principal) {
    if (!principal.practitionerId) throw new DomainError(SigningErrorCode.SIGNING_PRACTITIONER_REQUIRED);
    return { kind: 'practitioner', id: principal.practitionerId };
  }
  if (!input.organizationId) throw new DomainError(SigningErrorCode.SIGNING_ORGANIZATION_REQUIRED);
  return { kind: 'organization', id: input.organizationId };
}

/** The facts a `documents` row keeps about its signature, with the public check's code. */
export function signatureFacts(signed: SignedPdf, verificationCode: string): DocumentSignature {
  return {
    signerName: signed.signerName,
    signedAt: signed.signedAt,
    certificateSerial: signed.certificate.serial,
    verificationCode,
  };
}
