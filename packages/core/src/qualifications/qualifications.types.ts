/**
 * A practitioner's qualification documents (issue 12 item 7): the diploma, the accreditation (свидетельство
 * or выписка о прохождении аккредитации), a qualification category and a training certificate.
 */
export const QUALIFICATION_TYPES = [
  'diploma',
  'accreditation',
  'qualification_category',
  'training_certificate',
] as const;
export type QualificationType = (typeof QUALIFICATION_TYPES)[number];

/** «в работе» → «отправлен» → «подтверждён» (qualification-status.ts). */
export const QUALIFICATION_STATUSES = ['in_work', 'sent', 'confirmed'] as const;
export type QualificationStatus = (typeof QUALIFICATION_STATUSES)[number];

/** Days before an accreditation's last valid day that its holder is reminded (docs/domain.md rule 28). */
export const ACCREDITATION_REMINDER_DAYS = [30, 14, 3] as const;
export type AccreditationReminderOffset = (typeof ACCREDITATION_REMINDER_DAYS)[number];

export interface QualificationFields {
  type: QualificationType;
  number: string;
  issuedOn: string;
  /** The last valid day; null for a document that does not expire (a diploma). */
  validUntil: string | null;
  specialtyCode: string;
  scanUploadId: string | null;
}

export interface QualificationView extends QualificationFields {
  id: string;
  practitionerId: string;
  specialtyName: string;
  status: QualificationStatus;
  createdAt: Date;
  updatedAt: Date;
}

/** A row of the change journal: who changed what, with the document before and after. */
export interface QualificationChangeView {
  id: string;
  qualificationId: string;
  changedByAccountId: string | null;
  changedByName: string | null;
  changedAt: Date;
  before: Record<string, unknown> | null;
  after: Record<string, unknown>;
}

/** An accreditation the clinic admin sees expiring. */
export interface ExpiringQualificationView {
  id: string;
  practitioner: { id: string; name: string };
  organization: { id: string; name: string };
  type: QualificationType;
  number: string;
  specialtyCode: string;
  specialtyName: string;
  validUntil: string;
  status: QualificationStatus;
  daysLeft: number;
}
