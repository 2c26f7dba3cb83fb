import type { TAdminDataChangeRequest, TDataChangeRequest } from '@talon/contracts';
import { DATA_CHANGE_STATUS_LABELS, type DataChangeRequestView } from '@talon/core/data-changes';
import type { RequestHistoryRow } from '@talon/core/request-history';

const iso = (at: Date | null) => (at ? at.toISOString() : null);

/** A data-change request as the patient's pages show it. */
export const toDataChangeRequest = (request: DataChangeRequestView): TDataChangeRequest => ({
  id: request.id,
  number: request.number,
  category: request.category,
  status: request.status,
  statusLabel: DATA_CHANGE_STATUS_LABELS[request.status],
  newValue: request.newValue,
  reason: request.reason,
  comment: request.comment,
  attachmentIds: request.attachmentIds,
  needsConfirmation: request.needsConfirmation,
  confirmedAt: iso(request.confirmedAt),
  createdAt: request.createdAt.toISOString(),
  updatedAt: request.updatedAt.toISOString(),
  dueAt: request.dueAt.toISOString(),
  decidedAt: iso(request.decidedAt),
  appliedAt: iso(request.appliedAt),
  isOverdue: request.isOverdue,
});

/** The same for the staff handling it, with whose request it is. */
export const toAdminDataChangeRequest = (request: DataChangeRequestView): TAdminDataChangeRequest => ({
  ...toDataChangeRequest(request),
  patientId: request.patientId,
});

export const toRequestHistoryItem = (row: RequestHistoryRow) => ({
  type: row.type,
  id: row.id,
  number: row.number,
  status: row.status,
  statusLabel: row.statusLabel,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
  comment: row.comment,
  organizationName: row.organizationName,
});
