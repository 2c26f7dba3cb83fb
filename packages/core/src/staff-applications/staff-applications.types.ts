import type { StaffApplicationStatus, StaffApplicationType, StaffCertificateKind } from '@talon/vocabulary';

export {
  STAFF_APPLICATION_STATUSES,
  STAFF_APPLICATION_TYPES,
  STAFF_CERTIFICATE_KINDS,
  type StaffApplicationStatus,
  type StaffApplicationType,
  type StaffCertificateKind,
} from '@talon/vocabulary';

export const STAFF_APPLICATION_TYPE_LABELS: Record<StaffApplicationType, string> = {
  transfer: 'Перевод в другое отделение',
  training: 'Направление на обучение',
  allowance: 'Надбавка',
  health_leave: 'Отпуск по состоянию здоровья',
  labour_complaint: 'Жалоба о нарушении трудовых прав',
};

export const STAFF_APPLICATION_STATUS_LABELS: Record<StaffApplicationStatus, string> = {
  submitted: 'Подано',
  in_review: 'На рассмотрении',
  approved: 'Одобрено',
  rejected: 'Отклонено',
};

/** The form's values by field name (all text; dates as `YYYY-MM-DD`). */
export type ApplicationFields = Record<string, string>;

export interface StaffApplicationView {
  id: string;
  number: string;
  type: StaffApplicationType;
  status: StaffApplicationStatus;
  fields: ApplicationFields;
  /** Upload ids attached to the application. */
  attachmentIds: string[];
  accountId: string;
  practitioner: { id: string; fullName: string };
  organization: { id: string; name: string };
  rejectionReason: string | null;
  reviewedAt: Date | null;
  decidedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface StaffCertificateView {
  id: string;
  number: string;
  kind: StaffCertificateKind;
  organization: { id: string; name: string };
  sha256: string;
  signerName: string;
  signedAt: Date;
  verificationCode: string;
  issuedOn: string;
  createdAt: Date;
}

export const STAFF_CERTIFICATE_TITLES: Record<StaffCertificateKind, string> = {
  work_experience: 'Справка о стаже работы',
  qualification: 'Справка о подтверждении квалификации',
};
