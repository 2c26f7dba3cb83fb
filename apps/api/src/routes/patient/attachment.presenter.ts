import { ATTACHMENT_STATUS_LABELS, type AttachmentRequest } from '@talon/core/attachment';

/** An attachment request as the patient reads it. */
export const toAttachmentRequest = (request: AttachmentRequest) => ({
  id: request.id,
  number: request.number,
  organization: { id: request.organizationId, name: request.organizationName },
  district: request.district,
  reason: request.reason,
  moved: request.moved,
  scanUploadId: request.scanUploadId,
  status: request.status,
  statusLabel: ATTACHMENT_STATUS_LABELS[request.status],
  comment: request.comment,
  createdAt: request.createdAt.toISOString(),
  decidedAt: request.decidedAt?.toISOString() ?? null,
});

/** The same for the registry, with whose request it is (to find the patient at the desk) and its deadline. */
export const toRegistryAttachmentRequest = (
  request: AttachmentRequest & { dueAt: Date; isOverdue: boolean },
) => ({
  ...toAttachmentRequest(request),
  patientId: request.patientId,
  dueAt: request.dueAt.toISOString(),
  isOverdue: request.isOverdue,
});
