/** The statuses of an attachment request (issue 13 item 2): under review, then approved or rejected. */
export const ATTACHMENT_REQUEST_STATUSES = ['submitted', 'approved', 'rejected'] as const;
export type AttachmentRequestStatus = (typeof ATTACHMENT_REQUEST_STATUSES)[number];
