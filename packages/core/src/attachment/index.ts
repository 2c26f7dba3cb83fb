// Attachment (прикрепление, issue 13 item 2): a patient applies to attach to a clinic, its registry decides;
// registrars also attach at the desk. At most one change a year unless the patient moved (docs/domain.md).
export { type AttachAtDeskInput, attachAtDesk } from './attach-at-desk';
export { AttachmentErrorCode } from './attachment.errors';
export type * from './attachment.ports';
export * from './attachment.types';
export { attachmentUseCases } from './attachment.use-cases';
export {
  ATTACHMENT_DECISION_DEADLINE,
  attachmentDecisionDueAt,
  withAttachmentDeadline,
} from './attachment-deadline';
export { ATTACHMENT_URL } from './attachment-messages';
export {
  assertMayChangeAttachment,
  attachmentDay,
  MAX_ATTACHMENT_REASON,
  MAX_DISTRICT,
  nextChangeDay,
  normaliseDistrict,
  statusAfterDecision,
} from './attachment-rules';
export {
  ATTACHMENT_STAFF_ROLES,
  attachmentScopeOf,
  handlesAttachmentTo,
} from './attachment-scope';
export { decideAttachmentRequest, MAX_DECISION_COMMENT } from './decide-attachment-request';
export { ATTACHMENT_LIST_LIMIT, listAttachmentRequests } from './registry-attachment-requests';
export {
  listMyAttachmentRequests,
  type SubmitAttachmentInput,
  submitAttachmentRequest,
} from './submit-attachment-request';
