import type { Principal } from '../identity';
import { DomainError, localDate } from '../shared';
import { signatureFacts, signPdf } from '../signing';
import { placeDocumentFile } from '../uploads';
import { DOCUMENT_TITLES, type DocumentBody, documentContent } from './document-content';
import { DocumentRequestsErrorCode } from './document-requests.errors';
import type { DocumentRequestsDeps, DocumentRequestsRepos, Issuer } from './document-requests.ports';
import type { DocumentRequestView } from './document-requests.types';
import { documentRequestStatusesBefore, documentTypeOf } from './request-rules';

/** What a document is made for. */
export interface DocumentOrder
  extends Pick<DocumentRequestView, 'number' | 'patientId' | 'type' | 'purpose' | 'period' | 'encounterId'> {
  requestId: string;
}

export interface SignedDocument {
  pdf: Uint8Array;
  sha256: string;
  signerName: string;
  signedAt: Date;
  certificateSerial: string;
  verificationCode: string;
  issuedOn: string;
}

/**
 * Draws the document with its QR link to the public check and signs it: the clinic's server signature
 * (`signer` null) or the practitioner's own. Nothing is stored: signing may fail (no certificate, the
 * service down), and then nothing of the order is kept.
 */
export async function makeSignedDocument(
  deps: DocumentRequestsDeps,
  signer: Principal | null,
  input: { order: DocumentOrder; issuer: Issuer; body: DocumentBody },
): Promise<SignedDocument> {
  const { order, issuer } = input;
  const patient = await deps.store.read((repos) => repos.requests.patientCard(order.patientId));
  if (!patient) throw new DomainError(DocumentRequestsErrorCode.DOCUMENT_REQUEST_NOT_FOUND);
  const verificationCode = deps.newVerificationCode();
  const issuedOn = localDate(deps.clock.now(), issuer.timeZone);
  const pdf = await deps.render(
    documentContent({
      number: order.number,
      type: order.type,
      issuedOn,
      issuer,
      patient,
      purpose: order.purpose,
      period: order.period,
      body: input.body,
      signedBy: signer ? signer.displayName : issuer.name,
      checkUrl: `${deps.publicUrl.replace(/\/$/, '')}/check/${verificationCode}`,
    }),
  );
  const signed = await signPdf(deps.signing, signer, {
    pdf,
    reason: DOCUMENT_TITLES[order.type],
    location: issuer.name,
    organizationId: issuer.id,
  });
  return {
    pdf: signed.pdf,
    sha256: signed.sha256,
    ...signatureFacts(signed, verificationCode),
    issuedOn,
  };
}

/**
 * Keeps the signed PDF (sealed in the file store), its `documents` row with the signature's facts and QR
 * code, and moves the request to `ready` — in the caller's transaction. Returns the document's id.
 */
export async function storeSignedDocument(
  deps: DocumentRequestsDeps,
  repos: DocumentRequestsRepos,
  input: {
    order: DocumentOrder;
    issuer: Issuer;
    signed: SignedDocument;
    authorPractitionerId: string | null;
  },
): Promise<string> {
  const { order, signed } = input;
  const at = deps.clock.now();
  const fileId = deps.newId();
  const documentId = deps.newId();
  const fileRow = await placeDocumentFile(deps.files, signed, { fileId, documentId }, at);
  await repos.files.insert(fileRow);
  await repos.requests.insertDocument({
    id: documentId,
    patientId: order.patientId,
    encounterId: order.encounterId,
    type: documentTypeOf(order.type),
    title: `${DOCUMENT_TITLES[order.type]} № ${order.number}`,
    documentDate: signed.issuedOn,
    authorPractitionerId: input.authorPractitionerId,
    organizationId: input.issuer.id,
    fileId,
    sha256: signed.sha256,
    signerName: signed.signerName,
    signedAt: signed.signedAt,
    certificateSerial: signed.certificateSerial,
    verificationCode: signed.verificationCode,
    requestId: order.requestId,
    at,
  });
  const moved = await repos.requests.transition({
    id: order.requestId,
    from: documentRequestStatusesBefore('ready'),
    to: 'ready',
    at,
    documentId,
  });
  if (!moved) throw new DomainError(DocumentRequestsErrorCode.DOCUMENT_REQUEST_STATUS_CONFLICT);
  return documentId;
}
