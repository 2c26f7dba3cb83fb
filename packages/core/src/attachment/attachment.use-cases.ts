import { attachAtDesk } from './attach-at-desk';
import { decideAttachmentRequest } from './decide-attachment-request';
import { listAttachmentRequests } from './registry-attachment-requests';
import { listMyAttachmentRequests, submitAttachmentRequest } from './submit-attachment-request';

/** Attachment: the patient applies, the registry of the chosen clinic decides, or attaches at the desk. */
export const attachmentUseCases = {
  submitAttachmentRequest,
  listMyAttachmentRequests,
  listAttachmentRequests,
  decideAttachmentRequest,
  attachAtDesk,
};
