import { auditAllowed } from '../access';
import type { Principal, RequestOrigin } from '../identity';
import { DomainError, localDate } from '../shared';
import { signatureFacts, signPdf } from '../signing';
import { placeDocumentFile } from '../uploads';
import { loadOwnDocument } from './author-gate';
import { DOCUMENT_TEMPLATES, missingSections } from './document-templates';
import { PractitionerDocumentsErrorCode } from './practitioner-documents.errors';
import type { PractitionerDocumentsDeps } from './practitioner-documents.ports';
import type { PractitionerDocumentView } from './practitioner-documents.types';

/**
 * Signs a draft (issue 12 items 5 and 6; rule 27): rendered to a PDF with the clinic's requisites and a QR
 * code to the public check, signed PAdES with the practitioner's own certificate, stored sealed as a
 * `documents` row (the patient sees it in the record), and the draft `signed` — immutable from then on. A
 * correction's signature marks the document it corrects `superseded` in the same transaction.
 */
export async function signPractitionerDocument(
  deps: PractitionerDocumentsDeps,
  principal: Principal,
  input: { documentId: string; origin: RequestOrigin },
): Promise<PractitionerDocumentView> {
  const { document, basis } = await loadOwnDocument(deps, principal, input.documentId, input.origin);
  if (document.status !== 'draft') {
    throw new DomainError(PractitionerDocumentsErrorCode.PRACTITIONER_DOCUMENT_SIGNED);
  }
  const missing = missingSections(document.kind, document.sections);
  if (missing.length > 0) {
    throw new DomainError(PractitionerDocumentsErrorCode.PRACTITIONER_DOCUMENT_SECTIONS_MISSING, {
      field: `body.sections.${missing[0]}`,
    });
  }
  const template = DOCUMENT_TEMPLATES[document.kind];
  const parties = await deps.store.read(async (repos) => ({
    issuer: await repos.practitionerDocuments.issuerFor({
      practitionerId: document.practitionerId,
      patientId: document.patient.id,
      organizationId: document.organizationId,
    }),
    patient: await repos.practitionerDocuments.patientCard(document.patient.id),
    author: await repos.practitionerDocuments.practitionerName(document.practitionerId),
  }));
  const { issuer, patient, author } = parties;
  if (!issuer || !patient || !author) {
    throw new DomainError(PractitionerDocumentsErrorCode.PRACTITIONER_DOCUMENT_NO_ISSUER);
  }
  const verificationCode = deps.newVerificationCode();
  const issuedOn = localDate(deps.clock.now(), issuer.timeZone);
  const pdf = await deps.render({
    title: template.title,
    form: template.form,
    number: document.number,
    issuedOn,
    organization: { name: issuer.name, address: issuer.address, phone: issuer.phone, ogrn: issuer.ogrn },
    patient,
    period: document.period,
    sections: template.sections
      .map((s) => ({ heading: s.heading, text: (document.sections[s.key] ?? '').trim() }))
      .filter((s) => s.text),
    author,
    checkUrl: `${deps.publicUrl.replace(/\/$/, '')}/check/${verificationCode}`,
  });
  const title = `${template.title} № ${document.number}`;
  const signed = await signPdf(deps.signing, principal, {
    pdf,
    reason: title,
    location: issuer.name,
  });
  const now = deps.clock.now();
  const fileId = deps.newId();
  const documentId = deps.newId();
  const fileRow = await placeDocumentFile(deps.files, signed, { fileId, documentId }, now);
  await deps.store.transaction(async (repos) => {
    await repos.files.insert(fileRow);
    if (document.supersedesId) {
      // The correction replaces the signed one; it stays verifiable, as superseded.
      const replaced = await repos.practitionerDocuments.markSuperseded(document.supersedesId, now);
      if (!replaced) {
        throw new DomainError(PractitionerDocumentsErrorCode.PRACTITIONER_DOCUMENT_NOT_SUPERSEDABLE);
      }
    }
    await repos.documents.create({
      id: documentId,
      patientId: document.patient.id,
      encounterId: document.encounterId,
      type: document.kind,
      title,
      documentDate: localDate(signed.signedAt, issuer.timeZone),
      authorPractitionerId: document.practitionerId,
      authorName: author,
      organizationId: issuer.id,
      fileId,
      sha256: signed.sha256,
      signature: signatureFacts(signed, verificationCode),
      at: now,
    });
    const moved = await repos.practitionerDocuments.markSigned(document.id, documentId, now);
    if (!moved) throw new DomainError(PractitionerDocumentsErrorCode.PRACTITIONER_DOCUMENT_SIGNED);
    await auditAllowed(repos, principal, {
      action: 'document.sign',
      patientId: document.patient.id,
      basis,
      origin: input.origin,
      at: now,
      recordType: 'document',
      recordId: documentId,
      details: { kind: document.kind, number: document.number },
    });
  });
  const view = await deps.store.read((repos) => repos.practitionerDocuments.find(document.id));
  if (!view) throw new Error('document vanished after signing');
  return view;
}
