import { AuditAction } from '../audit';
import { isStaff, type Principal, type RequestOrigin } from '../identity';
import { DomainError } from '../shared';
import { StaffAccountsErrorCode } from './staff-accounts.errors';
import type { StaffAccountsDeps, StaffAccountsRepos } from './staff-accounts.ports';
import type { GrantableStaffRole } from './staff-accounts.types';
import { grantableRoles, managedOrganizations, replaceClinicRoles } from './staff-rules';
import { actorRoleOf, clinicInScope, refuse } from './staff-scope';

interface Change {
  accountId: string;
  origin: RequestOrigin;
}

/** The account, if it holds a staff role at one of the caller's clinics; otherwise 404 and `access.denied`. */
async function staffInScope(
  deps: StaffAccountsDeps,
  principal: Principal,
  change: Change,
): Promise<string[]> {
  const organizations = await deps.store.transaction((repos) =>
    repos.staff.staffOrganizationsOf(change.accountId, managedOrganizations(principal)),
  );
  if (!organizations.length) {
    return refuse(deps, principal, change.origin, { type: 'account', id: change.accountId });
  }
  return organizations;
}

const audit = (
  repos: StaffAccountsRepos,
  principal: Principal,
  change: Change,
  at: Date,
  details: Record<string, unknown>,
) =>
  repos.audit.record({
    actorAccountId: principal.accountId,
    actorRole: actorRoleOf(principal),
    action: AuditAction.ADMIN_ACCOUNT_CHANGE,
    outcome: 'success',
    recordType: 'account',
    recordId: change.accountId,
    ip: change.origin.ip,
    userAgent: change.origin.userAgent,
    details,
    occurredAt: at,
  });

/**
 * Sets the account's roles at one of the caller's clinics (the others are kept). An admin may not remove
 * their own clinic_admin role (409 `STAFF_SELF_DEMOTE`). An empty list takes the account off that clinic.
 */
export async function setStaffRoles(
  deps: StaffAccountsDeps,
  principal: Principal,
  input: Change & { organizationId?: string; roles: readonly string[] },
): Promise<void> {
  const roles = grantableRoles(input.roles);
  const organizationId = await clinicInScope(deps, principal, input.organizationId, input.origin);
  await staffInScope(deps, principal, input);
  const now = deps.clock.now();
  await deps.store.transaction(async (repos) => {
    const account = await repos.accounts.findById(input.accountId);
    if (!account) throw new DomainError(StaffAccountsErrorCode.STAFF_NOT_FOUND);
    const before = account.roles
      .filter((g) => g.organizationId === organizationId)
      .map((g) => g.role as GrantableStaffRole);
    replaceClinicRoles(account.roles, organizationId, roles, account.id === principal.accountId);
    await repos.staff.setClinicRoles(account.id, organizationId, roles);
    await audit(repos, principal, input, now, { change: 'roles', organizationId, before, after: roles });
  });
}

/**
 * Blocks a staff account: its sessions end at once and its logins are refused (docs/identity.md). The
 * reason stays on the account. An admin may not block themselves (409 `STAFF_SELF_BLOCK`).
 */
export async function blockStaff(
  deps: StaffAccountsDeps,
  principal: Principal,
  input: Change & { reason: string },
): Promise<void> {
  if (input.accountId === principal.accountId) throw new DomainError(StaffAccountsErrorCode.STAFF_SELF_BLOCK);
  await staffInScope(deps, principal, input);
  const now = deps.clock.now();
  await deps.store.transaction(async (repos) => {
    await repos.staff.setStatus(input.accountId, { status: 'blocked', reason: input.reason.trim(), at: now });
    const endedSessions = await repos.sessions.endAll(input.accountId, 'blocked', now);
    await audit(repos, principal, input, now, { change: 'block', endedSessions });
  });
}

/** Lets a blocked staff account log in again. */
export async function unblockStaff(
  deps: StaffAccountsDeps,
  principal: Principal,
  input: Change,
): Promise<void> {
  await staffInScope(deps, principal, input);
  const now = deps.clock.now();
  await deps.store.transaction(async (repos) => {
    await repos.staff.setStatus(input.accountId, { status: 'active', reason: null, at: now });
    await audit(repos, principal, input, now, { change: 'unblock' });
  });
}

/**
 * A system admin makes a staff account a support operator, or takes the role back (issue 17 item 2). The role
 * is held for no clinic; the account keeps its other roles and logs in with its second factor like all staff.
 * The account must already be a staff account (invited to a clinic, or seeded); a patient's account or an
 * unknown one is 404 `STAFF_NOT_FOUND`.
 */
export async function setSupportOperator(
  deps: StaffAccountsDeps,
  principal: Principal,
  input: Change & { isOperator: boolean },
): Promise<void> {
  if (!principal.roles.some((grant) => grant.role === 'system_admin')) {
    return refuse(deps, principal, input.origin, { type: 'account', id: input.accountId });
  }
  const now = deps.clock.now();
  await deps.store.transaction(async (repos) => {
    const account = await repos.accounts.findById(input.accountId);
    // A staff account only (a patient's account is no workplace login): it holds a staff role already.
    if (!account || account.patientId !== null || !isStaff(account.roles)) {
      throw new DomainError(StaffAccountsErrorCode.STAFF_NOT_FOUND);
    }
    await repos.staff.setSupportRole(account.id, input.isOperator);
    await audit(repos, principal, input, now, { change: 'support_operator', isOperator: input.isOperator });
  });
}
