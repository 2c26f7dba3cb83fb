import { AuditAction } from '../audit';
import type { Principal, RequestOrigin } from '../identity';
import { ownPatientId } from '../privacy';
import { DomainError } from '../shared';
import { AttachmentErrorCode } from './attachment.errors';
import type { AttachmentDeps } from './attachment.ports';
import type { AttachmentRequest } from './attachment.types';
import { assertMayChangeAttachment, MAX_ATTACHMENT_REASON, normaliseDistrict } from './attachment-rules';

export interface SubmitAttachmentInput {
  origin: RequestOrigin;
  organizationId: string;
  district?: string | null;
  reason: string;
  moved?: boolean;
  /** The caller's own upload (`POST /api/v1/uploads`): the scan of the signed application. */
  scanUploadId?: string | null;
}

/**
 * The patient applies to attach to a clinic (issue 13 item 2): for themselves only — a representative
 * applies at the desk for a ward. The once-a-year rule is checked now and again at approval; one request
 * under review at a time; the scan is attached to the request in its transaction.
 */
export async function submitAttachmentRequest(
  deps: AttachmentDeps,
  principal: Principal,
  input: SubmitAttachmentInput,
): Promise<AttachmentRequest> {
  const patientId = ownPatientId(principal);
  const now = deps.clock.now();
  const district = normaliseDistrict(input.district);
  const moved = input.moved ?? false;
  const reason = input.reason.trim().slice(0, MAX_ATTACHMENT_REASON);
  return deps.store.transaction(async (repos) => {
    if (!(await repos.patientAttachments.organizationName(input.organizationId))) {
      throw new DomainError(AttachmentErrorCode.ATTACHMENT_ORGANIZATION_UNKNOWN, {
        field: 'body.organizationId',
      });
    }
    const current = await repos.patientAttachments.lockCurrent(patientId);
    if (current) {
      assertMayChangeAttachment(current, { organizationId: input.organizationId, district, moved, now });
    }
    const created = await repos.attachmentRequests.create({
      patientId,
      accountId: principal.accountId,
      organizationId: input.organizationId,
      district,
      reason,
      moved,
      scanUploadId: null,
      at: now,
    });
    if (!created) throw new DomainError(AttachmentErrorCode.ATTACHMENT_REQUEST_OPEN);
    if (input.scanUploadId) {
      const attached = await repos.storedFiles.attach({
        id: input.scanUploadId,
        ownerAccountId: principal.accountId,
        type: 'attachment_request',
        attachedToId: created.id,
        at: now,
      });
      if (!attached) {
        throw new DomainError(AttachmentErrorCode.ATTACHMENT_SCAN_INVALID, { field: 'body.scanUploadId' });
      }
      await repos.attachmentRequests.setScan(created.id, input.scanUploadId);
    }
    await repos.audit.record({
      actorAccountId: principal.accountId,
      actorRole: 'patient',
      subjectPatientId: patientId,
      action: AuditAction.ATTACHMENT_REQUEST_CREATE,
      outcome: 'success',
      recordType: 'attachment_request',
      recordId: created.id,
      ip: input.origin.ip,
      userAgent: input.origin.userAgent,
      details: { organizationId: created.organizationId, moved: String(moved) },
      occurredAt: now,
    });
    return { ...created, scanUploadId: input.scanUploadId ?? null };
  });
}

/** The patient's own requests, newest first. */
export async function listMyAttachmentRequests(
  deps: AttachmentDeps,
  principal: Principal,
): Promise<AttachmentRequest[]> {
  const patientId = ownPatientId(principal);
  return deps.store.transaction((repos) => repos.attachmentRequests.listForPatient(patientId));
}
