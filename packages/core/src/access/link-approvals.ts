import type { Principal, RequestOrigin } from '../identity';
import { DomainError } from '../shared';
import { AccessErrorCode } from './access.errors';
import type { LinkForApproval } from './access.ports';
import type { RepresentativeDeps } from './representatives';

/** The staff who may decide links of a clinic's wards: its registry and its admin. */
const CLINIC_DECIDERS = new Set(['registrar', 'clinic_admin']);

/**
 * Whose links the caller decides (issue 15): only the registry (or the admin) of the ward's clinic checks
 * the document; a ward attached to no clinic has no registry, so a system admin — the named role that
 * manages accounts — decides those.
 */
type Decider = { roles: readonly { role: string; organizationId: string | null }[] };

function approvalScope(principal: Decider): { organizationIds: string[]; unattached: boolean } {
  return {
    organizationIds: principal.roles
      .filter((g) => CLINIC_DECIDERS.has(g.role) && g.organizationId)
      .map((g) => g.organizationId as string),
    unattached: principal.roles.some((g) => g.role === 'system_admin'),
  };
}

/**
 * May the caller approve or reject this link? The same staff read the link's uploaded scan (the uploads
 * module asks through its attachment facts).
 */
export function mayDecideLink(principal: Decider, link: Pick<LinkForApproval, 'wardOrganizationId'>) {
  const scope = approvalScope(principal);
  return link.wardOrganizationId === null
    ? scope.unattached
    : scope.organizationIds.includes(link.wardOrganizationId);
}

/**
 * Links waiting for the caller's decision, with both people and the document to check (its number and the
 * uploaded scan). The names and documents shown are a read of personal data by staff: audited, ids only.
 */
export async function listPendingLinks(
  deps: RepresentativeDeps,
  principal: Principal,
  input: { origin: RequestOrigin },
): Promise<LinkForApproval[]> {
  const now = deps.clock.now();
  return deps.access.transaction(async (repos) => {
    const links = await repos.representatives.listPending(approvalScope(principal));
    if (links.length) {
      await repos.audit.record({
        actorAccountId: principal.accountId,
        actorRole: principal.roles[0]?.role ?? null,
        action: 'record.read',
        recordType: 'representative_link_list',
        outcome: 'success',
        ip: input.origin.ip,
        userAgent: input.origin.userAgent,
        details: { linkIds: links.map((link) => link.id) },
        occurredAt: now,
      });
    }
    return links;
  });
}

/**
 * Approves or rejects a waiting link after checking the document. Someone else's clinic's link is "not
 * found" (and the refusal audited), exactly like a link that does not exist.
 */
export async function decideLink(
  deps: RepresentativeDeps,
  principal: Principal,
  input: { linkId: string; decision: 'approve' | 'reject'; reason?: string; origin: RequestOrigin },
): Promise<LinkForApproval> {
  const now = deps.clock.now();
  const link = await deps.access.transaction((repos) => repos.representatives.findForApproval(input.linkId));
  if (!link || !mayDecideLink(principal, link)) {
    if (link) {
      await deps.access.transaction((repos) =>
        repos.audit.record({
          actorAccountId: principal.accountId,
          actorRole: principal.roles[0]?.role ?? null,
          subjectPatientId: link.wardPatientId,
          action: 'access.denied',
          recordType: 'representative_link',
          recordId: link.id,
          outcome: 'denied',
          reason: 'link_decision',
          ip: input.origin.ip,
          userAgent: input.origin.userAgent,
          occurredAt: now,
        }),
      );
    }
    throw new DomainError(AccessErrorCode.WARD_LINK_NOT_FOUND);
  }
  return deps.access.transaction(async (repos) => {
    const status = input.decision === 'approve' ? 'active' : 'rejected';
    if (
      link.status !== 'pending' ||
      !(await repos.representatives.setStatus(link.id, status, principal.accountId, now))
    ) {
      throw new DomainError(AccessErrorCode.LINK_ALREADY_DECIDED);
    }
    await repos.audit.record({
      actorAccountId: principal.accountId,
      actorRole: principal.roles[0]?.role ?? null,
      subjectPatientId: link.wardPatientId,
      onBehalfOfPatientId: link.representativePatientId,
      action: 'representative.approve',
      recordType: 'representative_link',
      recordId: link.id,
      outcome: 'success',
      reason: input.reason ?? null,
      ip: input.origin.ip,
      userAgent: input.origin.userAgent,
      details: { decision: input.decision, by: 'registry' },
      occurredAt: now,
    });
    return { ...link, status };
  });
}
