import { DATA_CHANGE_CATEGORIES, type DataChangeCategory } from '@talon/vocabulary';

export { DATA_CHANGE_CATEGORIES, type DataChangeCategory };

/**
 * A patient's request to change their data (issue 11 item 5; seed 003 «Подача заявлений на изменение данных»).
 * The clinic's staff approve or reject it and then apply it to the patient's card.
 */

export const DATA_CHANGE_STATUSES = ['in_progress', 'approved', 'applied', 'rejected'] as const;
export type DataChangeStatus = (typeof DATA_CHANGE_STATUSES)[number];

/** The Russian label of each status, as the cabinet and the history show it. */
export const DATA_CHANGE_STATUS_LABELS: Readonly<Record<DataChangeStatus, string>> = {
  in_progress: 'В работе',
  approved: 'Одобрено',
  applied: 'Изменения применены',
  rejected: 'Отклонено',
};

/** Phone and e-mail changes are confirmed by a code sent to the new address before they apply. */
export const CONFIRMED_BY_CODE: ReadonlySet<DataChangeCategory> = new Set(['phone', 'email']);

/** A request as its author and the staff handling it see it (text fields decrypted). */
export interface DataChangeRequest {
  id: string;
  /** `ИЗМ-2026-000123`. */
  number: string;
  patientId: string;
  accountId: string | null;
  category: DataChangeCategory;
  status: DataChangeStatus;
  /** The normalised new value. */
  newValue: string;
  reason: string;
  /** The staff's comment on the decision. */
  comment: string | null;
  attachmentIds: string[];
  /** When the code sent to a new phone or e-mail was entered; null until then (and for other categories). */
  confirmedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  /** The correction deadline (7 working days, docs/domain.md rule 19). */
  dueAt: Date;
  decidedAt: Date | null;
  appliedAt: Date | null;
}

/** A request with whether it waits for its code and whether it is past its deadline. */
export type DataChangeRequestView = DataChangeRequest & { isOverdue: boolean; needsConfirmation: boolean };

/** Which requests staff may see: all (system admin) or those of patients attached to their clinics. */
export type DataChangeScope = { kind: 'all' } | { kind: 'organizations'; organizationIds: readonly string[] };
