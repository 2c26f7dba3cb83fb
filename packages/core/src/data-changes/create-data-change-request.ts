import { AuditAction } from '../audit';
import type { Principal, RequestOrigin } from '../identity';
import { dueDate, ownPatientId } from '../privacy';
import { DomainError } from '../shared';
import { sendDataChangeCode } from './data-change-messages';
import { viewOf } from './data-change-view';
import { DataChangeErrorCode } from './data-changes.errors';
import type { DataChangeDeps } from './data-changes.ports';
import { CONFIRMED_BY_CODE, type DataChangeCategory, type DataChangeRequestView } from './data-changes.types';

import { parseDataChangeValue, parseReason } from './parse-data-change-value';

/** At most this many scans a request. */
export const MAX_DATA_CHANGE_ATTACHMENTS = 5;

export interface CreateDataChangeInput {
  origin: RequestOrigin;
  category: DataChangeCategory;
  newValue: string;
  reason: string;
  /** The caller's own uploads (`POST /api/v1/uploads`), attached to the request in its transaction. */
  attachmentIds: readonly string[];
}

/**
 * The patient asks to change their data (issue 11 item 5): the value checked by its category, the deadline
 * of a correction fixed at receipt (7 working days, docs/domain.md rule 19), the scans attached, and for a
 * new phone or e-mail a code sent to it at once.
 */
export async function createDataChangeRequest(
  deps: DataChangeDeps,
  principal: Principal,
  input: CreateDataChangeInput,
): Promise<DataChangeRequestView> {
  const patientId = ownPatientId(principal);
  const now = deps.clock.now();
  const newValue = parseDataChangeValue(input.category, input.newValue, now);
  const reason = parseReason(input.reason);
  const attachmentIds = [...new Set(input.attachmentIds)];
  if (attachmentIds.length > MAX_DATA_CHANGE_ATTACHMENTS) {
    throw new DomainError(DataChangeErrorCode.DATA_CHANGE_ATTACHMENT_INVALID, {
      field: 'body.attachmentIds',
    });
  }
  return deps.store.transaction(async (repos) => {
    const created = await repos.dataChanges.create({
      patientId,
      accountId: principal.accountId,
      category: input.category,
      newValue,
      reason,
      dueAt: dueDate('correction', now),
      at: now,
    });
    for (const [index, id] of attachmentIds.entries()) {
      const attached = await repos.storedFiles.attach({
        id,
        ownerAccountId: principal.accountId,
        type: 'data_change_request',
        attachedToId: created.id,
        at: now,
      });
      if (!attached) {
        throw new DomainError(DataChangeErrorCode.DATA_CHANGE_ATTACHMENT_INVALID, {
          field: `body.attachmentIds.${index}`,
        });
      }
    }
    if (CONFIRMED_BY_CODE.has(created.category)) await sendDataChangeCode(deps, repos, created);
    await repos.audit.record({
      actorAccountId: principal.accountId,
      actorRole: 'patient',
      subjectPatientId: patientId,
      action: AuditAction.DATA_CHANGE_CREATE,
      outcome: 'success',
      recordType: 'data_change_request',
      recordId: created.id,
      ip: input.origin.ip,
      userAgent: input.origin.userAgent,
      details: { category: created.category, attachments: attachmentIds.length },
      occurredAt: now,
    });
    return viewOf({ ...created, attachmentIds }, now);
  });
}
