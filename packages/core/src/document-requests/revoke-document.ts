import { AuditAction } from '../audit';
import type { Principal, RequestOrigin } from '../identity';
import { DomainError } from '../shared';
import { DocumentRequestsErrorCode } from './document-requests.errors';
import type { DocumentRequestsDeps } from './document-requests.ports';

/** The shortest reason a revocation is kept with. */
const MIN_REVOCATION_REASON = 5;

/**
 * A clinic admin revokes a document their clinic issued (an error found, a certificate withdrawn): the
 * public check answers `revoked` from then on. A document of another clinic is "not found"; the act is
 * audited with its reason.
 */
export async function revokeDocument(
  deps: DocumentRequestsDeps,
  principal: Principal,
  input: { documentId: string; reason: string; origin: RequestOrigin },
): Promise<{ revokedAt: Date }> {
  const reason = input.reason.trim();
  if (reason.length < MIN_REVOCATION_REASON) {
    throw new DomainError(DocumentRequestsErrorCode.DOCUMENT_REVOCATION_REASON_REQUIRED, {
      field: 'body.reason',
      params: { min: MIN_REVOCATION_REASON },
    });
  }
  const now = deps.clock.now();
  return deps.store.transaction(async (repos) => {
    const document = await repos.requests.revocable(input.documentId);
    const admin = principal.roles.some(
      (grant) => grant.role === 'clinic_admin' && grant.organizationId === document?.organizationId,
    );
    if (!document || !admin)
      throw new DomainError(DocumentRequestsErrorCode.DOCUMENT_NOT_FOUND_FOR_REVOCATION);
    if (
      document.revoked ||
      !(await repos.requests.revoke({ documentId: input.documentId, reason, at: now }))
    ) {
      throw new DomainError(DocumentRequestsErrorCode.DOCUMENT_ALREADY_REVOKED);
    }
    await repos.audit.record({
      actorAccountId: principal.accountId,
      actorRole: 'clinic_admin',
      subjectPatientId: document.patientId,
      action: AuditAction.DOCUMENT_REVOKE,
      recordType: 'document',
      recordId: input.documentId,
      outcome: 'success',
      reason,
      ip: input.origin.ip,
      userAgent: input.origin.userAgent,
      occurredAt: now,
    });
    return { revokedAt: now };
  });
}
