import { type Principal, type RequestOrigin, verifyCode } from '../identity';
import { DomainError } from '../shared';
import { AccessErrorCode } from './access.errors';
import type { AccessRepos, WardView } from './access.ports';
import { type RepresentativeDeps, requirePatient, wardOfLink } from './representatives';
import { sendWardLinkCode, wardLinkCodeSubject } from './ward-link-messages';

/** The caller's own pending parent link; anything else is "not found". */
async function pendingParentLink(repos: AccessRepos, me: string, linkId: string) {
  const link = await repos.representatives.findLink(linkId);
  if (!link || link.representativePatientId !== me) {
    throw new DomainError(AccessErrorCode.WARD_LINK_NOT_FOUND);
  }
  if (link.status !== 'pending' || link.relation !== 'parent') {
    throw new DomainError(AccessErrorCode.WARD_CODE_NOT_AVAILABLE);
  }
  return link;
}

/**
 * The parent enters the code sent to a phone on the child's file: the link becomes active, as if the
 * registry had checked the birth certificate (issue 15). A wrong code counts against the code's attempts.
 */
export async function confirmWardLink(
  deps: RepresentativeDeps,
  principal: Principal,
  input: { linkId: string; code: string; origin: RequestOrigin },
): Promise<WardView> {
  const me = requirePatient(principal);
  const now = deps.clock.now();
  const refusal = await deps.access.transaction(async (repos) => {
    const link = await pendingParentLink(repos, me, input.linkId);
    const wrong = await verifyCode(
      deps.identity,
      repos,
      'ward_consent',
      wardLinkCodeSubject(link.id),
      input.code,
    );
    // A refusal is returned so the count of wrong entries commits with this transaction.
    if (wrong) return wrong;
    if (!(await repos.representatives.setStatus(link.id, 'active', principal.accountId, now))) {
      throw new DomainError(AccessErrorCode.LINK_ALREADY_DECIDED);
    }
    await repos.audit.record({
      actorAccountId: principal.accountId,
      actorRole: 'patient',
      subjectPatientId: link.wardPatientId,
      onBehalfOfPatientId: me,
      action: 'representative.approve',
      recordType: 'representative_link',
      recordId: link.id,
      outcome: 'success',
      ip: input.origin.ip,
      userAgent: input.origin.userAgent,
      details: { decision: 'approve', by: 'code' },
      occurredAt: now,
    });
    return null;
  });
  if (refusal) throw refusal;
  return wardOfLink(deps, me, input.linkId);
}

/** Sends the link's code again (resend limits of one-time codes apply); where it went, masked. */
export async function resendWardLinkCode(
  deps: RepresentativeDeps,
  principal: Principal,
  input: { linkId: string },
): Promise<{ codeSentTo: string }> {
  const me = requirePatient(principal);
  return deps.access.transaction(async (repos) => {
    const link = await pendingParentLink(repos, me, input.linkId);
    const codeSentTo = await sendWardLinkCode(deps, repos, link.wardPatientId, link.id);
    if (!codeSentTo) throw new DomainError(AccessErrorCode.WARD_CODE_NOT_AVAILABLE);
    return { codeSentTo };
  });
}
