import { AuditAction } from '../audit';
import type { Principal, RequestOrigin } from '../identity';
import { DomainError } from '../shared';
import { dueDate } from './data-request-deadline';
import { PrivacyErrorCode } from './privacy.errors';
import type { PrivacyDeps } from './privacy.ports';
import type { DataRequestKind, DataRequestView } from './privacy.types';
import { ownPatientId, selfAudit } from './privacy-requester';

export const MAX_DATA_REQUEST_DETAILS = 2000;

export interface CreateDataRequestInput {
  origin: RequestOrigin;
  kind: DataRequestKind;
  /** Free text (what to correct, why); encrypted at rest. */
  details?: string | null;
}

/**
 * A data-subject request about the caller's own data (152-ФЗ ст. 14, 20, 21), with its legal deadline fixed
 * at receipt: access 10 working days, correction 7 working days, deletion 30 days (docs/domain.md rule 19).
 */
export async function createDataRequest(
  deps: PrivacyDeps,
  principal: Principal,
  input: CreateDataRequestInput,
): Promise<DataRequestView> {
  const patientId = ownPatientId(principal);
  const details = input.details?.trim() || null;
  if (input.kind === 'correction' && !details) {
    throw new DomainError(PrivacyErrorCode.DATA_REQUEST_DETAILS_REQUIRED, { field: 'body.details' });
  }
  const now = deps.clock.now();
  return deps.store.transaction(async (repos) => {
    const request = await repos.dataRequests.create({
      patientId,
      accountId: principal.accountId,
      kind: input.kind,
      details: details?.slice(0, MAX_DATA_REQUEST_DETAILS) ?? null,
      dueAt: dueDate(input.kind, now),
      at: now,
    });
    await repos.audit.record({
      ...selfAudit(principal, input.origin, now),
      action: AuditAction.DATA_REQUEST_CREATE,
      outcome: 'success',
      recordType: 'data_request',
      recordId: request.id,
      details: { kind: request.kind, dueAt: request.dueAt.toISOString() },
    });
    return { ...request, isOverdue: false };
  });
}
