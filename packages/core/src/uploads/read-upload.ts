import { AuditAction } from '../audit';
import type { Principal, RequestOrigin } from '../identity';
import { DomainError } from '../shared';
import { canReadUpload } from './can-read-upload';
import { UploadsErrorCode } from './uploads.errors';
import type { UploadAttachmentFacts, UploadContentType, UploadsDeps } from './uploads.types';

const NO_FACTS: UploadAttachmentFacts = { isHandledByCaller: false, subjectPatientId: null };

/**
 * An upload's bytes for whoever `canReadUpload` lets through; anyone else learns nothing ("not found").
 * A read of an attached file by someone other than its owner is a read of personal data by staff: audited,
 * and so is the refusal (ids only).
 */
export async function readUpload(
  deps: Pick<UploadsDeps, 'store' | 'files' | 'clock'>,
  principal: Principal,
  input: { id: string; origin: RequestOrigin },
): Promise<{ id: string; contentType: UploadContentType; sha256: string; bytes: Uint8Array }> {
  const file = await deps.store.transaction(async (repos) => {
    const found = await repos.storedFiles.find(input.id);
    if (!found) return null;
    const facts = found.attachedTo ? await repos.attachments.factsFor(principal, found) : NO_FACTS;
    const isAllowed = canReadUpload(principal, found, facts);
    if (found.attachedTo && found.ownerAccountId !== principal.accountId) {
      await repos.audit.record({
        actorAccountId: principal.accountId,
        actorRole: principal.roles[0]?.role ?? null,
        subjectPatientId: facts.subjectPatientId,
        action: isAllowed ? AuditAction.RECORD_READ : AuditAction.ACCESS_DENIED,
        recordType: `${found.attachedTo.type}_file`,
        recordId: found.id,
        outcome: isAllowed ? 'success' : 'denied',
        reason: isAllowed ? null : 'upload_read',
        ip: input.origin.ip,
        userAgent: input.origin.userAgent,
        details: { attachedToType: found.attachedTo.type, attachedToId: found.attachedTo.id },
        occurredAt: deps.clock.now(),
      });
    }
    return isAllowed ? found : null;
  });
  if (!file) throw new DomainError(UploadsErrorCode.UPLOAD_NOT_FOUND);
  return {
    id: file.id,
    contentType: file.contentType,
    sha256: file.sha256,
    bytes: await deps.files.read(file),
  };
}
