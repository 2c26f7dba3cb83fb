import { AccessErrorCode, decidePatientAccess } from '../access';
import type { Principal, RequestOrigin } from '../identity';
import { DomainError } from '../shared';
import type { ReferralsDeps } from './referrals.types';

/**
 * May this practitioner refer the person? Only their own patients (docs/domain.md §1, rule 16): a care relation,
 * not an emergency grant and not themselves or their own ward. A refusal is audited and answered as "not
 * found", exactly as the access policy answers other refusals. Returns the clinic of the care relation.
 */
export async function authorizeReferral(
  deps: ReferralsDeps,
  principal: Principal,
  patientId: string,
  origin: RequestOrigin,
): Promise<{ attachedOrganizationId: string | null }> {
  const now = deps.clock.now();
  const facts = await deps.access.access.transaction((repos) =>
    repos.accessFacts.factsFor(principal, patientId, now),
  );
  const decision = decidePatientAccess(principal, patientId, 'medical', facts, now);
  if (decision.allowed && decision.basis === 'care') {
    return { attachedOrganizationId: facts.attachedOrganizationId };
  }
  await deps.access.access.transaction((repos) =>
    repos.audit.record({
      actorAccountId: principal.accountId,
      actorRole: principal.roles[0]?.role ?? null,
      subjectPatientId: patientId,
      action: 'access.denied',
      recordType: 'referral',
      recordId: patientId,
      outcome: 'denied',
      reason: 'referral',
      ip: origin.ip,
      userAgent: origin.userAgent,
      occurredAt: now,
    }),
  );
  throw new DomainError(AccessErrorCode.PATIENT_NOT_FOUND);
}
