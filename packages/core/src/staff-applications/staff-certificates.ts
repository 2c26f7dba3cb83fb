import { AuditAction } from '../audit';
import type { Principal, RequestOrigin } from '../identity';
import { practitionerScopeOf } from '../practice';
import { DomainError, localDate } from '../shared';
import { signPdf } from '../signing';
import { placeDocumentFile } from '../uploads';
import { staffCertificateContent } from './certificate-content';
import { StaffApplicationsErrorCode } from './staff-applications.errors';
import type { StaffApplicationsDeps } from './staff-applications.ports';
import {
  STAFF_CERTIFICATE_TITLES,
  type StaffCertificateKind,
  type StaffCertificateView,
} from './staff-applications.types';

/** `СПР-2026-000042`: one running sequence for all clinics (the number only has to be unique). */
export const certificateNumber = (year: string, value: number) =>
  `СПР-${year}-${String(value).padStart(6, '0')}`;

/**
 * A staff certificate issued at once (no admin in between): it states only what the clinic's records hold —
 * the positions and their first days, the confirmed qualifications — so there is nothing for a person to
 * decide, and a doctor needs it today, not after a queue. It is drawn, signed with the clinic's certificate
 * (the server signature, as generated patient certificates are), stored sealed and audited; the public check
 * finds it by its SHA-256 or QR code. A signing failure keeps nothing.
 */
export async function issueStaffCertificate(
  deps: StaffApplicationsDeps,
  principal: Principal,
  input: { kind: StaffCertificateKind; origin: RequestOrigin },
): Promise<StaffCertificateView> {
  const scope = practitionerScopeOf(principal);
  const organizationId = scope.organizationIds[0]!;
  const facts = await deps.store.transaction((repos) =>
    repos.certificates.facts(scope.practitionerId, organizationId),
  );
  if (!facts) throw new DomainError(StaffApplicationsErrorCode.STAFF_CERTIFICATE_NOT_FOUND);
  const now = deps.clock.now();
  const issuedOn = localDate(now, facts.organization.timeZone);
  const number = certificateNumber(
    issuedOn.slice(0, 4),
    await deps.store.transaction((repos) => repos.certificates.nextNumber()),
  );
  const verificationCode = deps.newVerificationCode();
  const content = staffCertificateContent(input.kind, facts, {
    number,
    issuedOn,
    checkUrl: `${deps.publicUrl.replace(/\/$/, '')}/check/${verificationCode}`,
  });
  const signed = await signPdf(deps.signing, null, {
    pdf: await deps.render(content),
    reason: STAFF_CERTIFICATE_TITLES[input.kind],
    location: facts.organization.name,
    organizationId,
  });
  const id = deps.newId();
  const fileId = deps.newId();
  const fileRow = await placeDocumentFile(deps.files, signed, { fileId, documentId: id }, now);
  return deps.store.transaction(async (repos) => {
    await repos.files.insert({
      ...fileRow,
      ownerAccountId: principal.accountId,
      attachedTo: { type: 'staff_certificate', id },
    });
    await repos.certificates.insert({
      id,
      number,
      kind: input.kind,
      accountId: principal.accountId,
      practitionerId: scope.practitionerId,
      organizationId,
      fileId,
      sha256: signed.sha256,
      signerName: signed.signerName,
      signedAt: signed.signedAt,
      certificateSerial: signed.certificate.serial,
      verificationCode,
      issuedOn,
      at: now,
    });
    await repos.audit.record({
      actorAccountId: principal.accountId,
      actorRole: principal.roles.find((g) => g.organizationId === organizationId)?.role ?? null,
      action: AuditAction.STAFF_CERTIFICATE_ISSUE,
      outcome: 'success',
      recordType: 'staff_certificate',
      recordId: id,
      ip: input.origin.ip,
      userAgent: input.origin.userAgent,
      details: { kind: input.kind, number, organizationId },
      occurredAt: now,
    });
    return (await repos.certificates.findOwn(principal.accountId, id))!;
  });
}

/** «Справки»: the account's certificates, newest first. */
export async function listOwnStaffCertificates(
  deps: StaffApplicationsDeps,
  principal: Principal,
): Promise<StaffCertificateView[]> {
  return deps.store.transaction((repos) => repos.certificates.listOwn(principal.accountId));
}

/** One's own certificate's signed PDF; another's is 404. */
export async function staffCertificateFile(
  deps: StaffApplicationsDeps,
  principal: Principal,
  input: { id: string },
): Promise<{ certificate: StaffCertificateView; pdf: Uint8Array }> {
  const found = await deps.store.transaction(async (repos) => {
    const certificate = await repos.certificates.findOwn(principal.accountId, input.id);
    const file = certificate ? await repos.files.find(certificate.fileId) : null;
    return certificate && file ? { certificate, file } : null;
  });
  if (!found) throw new DomainError(StaffApplicationsErrorCode.STAFF_CERTIFICATE_NOT_FOUND);
  const { fileId: _fileId, ...certificate } = found.certificate;
  return { certificate, pdf: await deps.files.read(found.file) };
}
