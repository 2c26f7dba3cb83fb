import { AuditAction } from '../audit';
import type { Principal, RequestOrigin } from '../identity';
import { DomainError } from '../shared';
import { dueDate } from './data-request-deadline';
import { PrivacyErrorCode } from './privacy.errors';
import type { PrivacyDeps } from './privacy.ports';
import type { ConsentRecord, DataRequestView } from './privacy.types';
import { ownPatientId, selfAudit } from './privacy-requester';

export interface RevokedConsent {
  consent: ConsentRecord;
  /** The deletion request opened by withdrawing the consent to personal-data processing, else null. */
  deletionRequest: DataRequestView | null;
}

/**
 * Withdraws one of the caller's consents. Withdrawing the consent to the processing of personal data
 * obliges the operator to stop and delete within 30 days (152-ФЗ ст. 21 ч. 5), so it opens a deletion request
 * with that deadline in the same transaction. Someone else's consent id is "not found".
 */
export async function revokeMyConsent(
  deps: PrivacyDeps,
  principal: Principal,
  input: { consentId: string; origin: RequestOrigin },
): Promise<RevokedConsent> {
  const patientId = ownPatientId(principal);
  const now = deps.clock.now();
  return deps.store.transaction(async (repos) => {
    const consent = await repos.consents.findForPatient(patientId, input.consentId);
    if (!consent) throw new DomainError(PrivacyErrorCode.CONSENT_NOT_FOUND);
    if (consent.revokedAt || !(await repos.consents.revoke(consent.id, now))) {
      throw new DomainError(PrivacyErrorCode.CONSENT_ALREADY_REVOKED);
    }
    const audit = selfAudit(principal, input.origin, now);
    await repos.audit.record({
      ...audit,
      action: AuditAction.CONSENT_REVOKE,
      outcome: 'success',
      recordType: 'consent',
      recordId: consent.id,
      details: { purpose: consent.purpose, textVersion: consent.textVersion },
    });
    let deletionRequest: DataRequestView | null = null;
    if (consent.purpose === 'personal_data') {
      const created = await repos.dataRequests.create({
        patientId,
        accountId: principal.accountId,
        kind: 'deletion',
        details: null,
        dueAt: dueDate('deletion', now),
        at: now,
      });
      deletionRequest = { ...created, isOverdue: false };
      await repos.audit.record({
        ...audit,
        action: AuditAction.DATA_REQUEST_CREATE,
        outcome: 'success',
        recordType: 'data_request',
        recordId: deletionRequest.id,
        details: { kind: 'deletion', consentId: consent.id, dueAt: deletionRequest.dueAt.toISOString() },
      });
    }
    return { consent: { ...consent, revokedAt: now }, deletionRequest };
  });
}
