import { ATTACHMENT_REQUEST_STATUSES, type AttachmentRequestStatus } from '@talon/vocabulary';

/**
 * Attachment (прикрепление, issue 13 item 2): a patient applies to attach to a clinic, with a scan of the
 * application; the registry of that clinic approves or rejects it. Approval ends the previous attachment.
 */

export { ATTACHMENT_REQUEST_STATUSES, type AttachmentRequestStatus };

/** The Russian label of each status, as the cabinet and the messages show it. */
export const ATTACHMENT_STATUS_LABELS: Readonly<Record<AttachmentRequestStatus, string>> = {
  submitted: 'На рассмотрении',
  approved: 'Одобрено',
  rejected: 'Отклонено',
};

export type AttachmentDecision = 'approve' | 'reject';

/** A request as the patient and the registry of the chosen clinic see it (text fields decrypted). */
export interface AttachmentRequest {
  id: string;
  /** `ПРК-2026-000001`. */
  number: string;
  patientId: string;
  accountId: string | null;
  organizationId: string;
  organizationName: string;
  district: string | null;
  reason: string;
  /** The patient moved house: the once-a-year limit does not apply. */
  moved: boolean;
  /** The uploaded scan of the signed application. */
  scanUploadId: string | null;
  status: AttachmentRequestStatus;
  comment: string | null;
  decidedByAccountId: string | null;
  decidedAt: Date | null;
  createdAt: Date;
}

/** The patient's current attachment, as the card (`patients`) holds it. */
export interface CurrentAttachment {
  organizationId: string | null;
  district: string | null;
  /** The first day of the current attachment (YYYY-MM-DD), null when unknown. */
  since: string | null;
}

/** A line of the attachment history (`patient_attachments`). */
export interface AttachmentPeriod {
  organizationId: string;
  district: string | null;
  from: string;
  to: string | null;
}
