import { AuditAction } from '../audit';
import { checkPassword, IdentityErrorCode, type RequestOrigin } from '../identity';
import { DomainError } from '../shared';
import { StaffAccountsErrorCode } from './staff-accounts.errors';
import type { StaffAccountsDeps } from './staff-accounts.ports';
import {
  identifiersOf,
  isGrantable,
  isInvitationOpen,
  needsPractitioner,
  splitFullName,
} from './staff-rules';

const invalidLink = () => new DomainError(StaffAccountsErrorCode.STAFF_INVITATION_INVALID_LINK);

/**
 * The invitee follows the link and sets a password (the staff password policy). A new contact gets a new
 * account with the invited roles; an existing account with that contact gets the roles added, and its
 * owner proves it with the account's current password (a link must not reset someone's password). A doctor
 * or nurse without a practitioner row gets one made from the invitation's name. The invitee then logs in
 * and enrols a second factor (`mfa_setup_required`). Unknown, used, replaced and expired links answer alike.
 */
export async function acceptStaffInvitation(
  deps: StaffAccountsDeps,
  _principal: null,
  input: { token: string; password: string; origin: RequestOrigin },
): Promise<{ accountId: string; login: string }> {
  const now = deps.clock.now();
  const tokenHash = deps.secrets.hashToken(input.token);
  const peek = await deps.store.transaction(async (repos) => {
    const invitation = await repos.staff.findInvitationForUpdate(tokenHash);
    if (!invitation || !isInvitationOpen(invitation, now)) throw invalidLink();
    const contact = { channel: invitation.channel, value: invitation.contact } as const;
    const [account] = await repos.accounts.findByIdentifiers(identifiersOf(contact));
    return { invitation, account: account ?? null };
  });
  const { invitation, account } = peek;
  if (account) {
    if (!(await deps.secrets.verifyPassword(account.passwordHash, input.password))) {
      throw new DomainError(IdentityErrorCode.INVALID_CREDENTIALS, { field: 'body.password' });
    }
  } else {
    const problem = checkPassword(input.password, {
      isStaff: true,
      commonPasswords: deps.secrets.commonPasswords,
      personalWords: [...invitation.fullName.split(' '), invitation.contact.split('@')[0] ?? ''],
    });
    if (problem) {
      throw new DomainError(problem.code, {
        field: 'body.password',
        params: { minLength: problem.code === 'WEAK_PASSWORD' ? problem.minLength : 0 },
      });
    }
  }
  const passwordHash = account ? null : await deps.secrets.hashPassword(input.password);
  return deps.store.transaction(async (repos) => {
    // Locked again: two tabs accepting at once create one account.
    const current = await repos.staff.findInvitationForUpdate(tokenHash);
    if (!current || !isInvitationOpen(current, now)) throw invalidLink();
    const grants = invitation.roles.map((role) => ({ role, organizationId: invitation.organizationId }));
    let practitionerId = account?.practitionerId ?? null;
    if (needsPractitioner(invitation.roles) && !practitionerId && invitation.sex) {
      practitionerId = await repos.staff.createPractitioner({
        ...splitFullName(invitation.fullName),
        sex: invitation.sex,
        experienceSince: now.toISOString().slice(0, 10),
      });
    }
    let accountId: string;
    if (account) {
      accountId = account.id;
      const kept = account.roles
        .filter((g) => g.organizationId === invitation.organizationId)
        .map((g) => g.role)
        .filter(isGrantable);
      await repos.staff.setClinicRoles(accountId, invitation.organizationId, [
        ...new Set([...kept, ...invitation.roles]),
      ]);
      if (practitionerId && !account.practitionerId)
        await repos.staff.linkPractitioner(accountId, practitionerId);
    } else {
      const created = await repos.accounts.create({
        displayName: invitation.fullName,
        patientId: null,
        practitionerId,
        phone: invitation.channel === 'sms' ? invitation.contact : null,
        email: invitation.channel === 'email' ? invitation.contact : null,
        snilsHash: null,
        passwordHash,
        roles: grants,
      });
      accountId = created.id;
    }
    await repos.staff.markAccepted(invitation.id, accountId, now);
    await repos.audit.record({
      actorAccountId: accountId,
      action: AuditAction.ADMIN_ACCOUNT_CHANGE,
      outcome: 'success',
      recordType: 'staff_invitation',
      recordId: invitation.id,
      ip: input.origin.ip,
      userAgent: input.origin.userAgent,
      details: {
        change: 'accept',
        organizationId: invitation.organizationId,
        roles: invitation.roles,
        newAccount: !account,
        practitionerCreated: practitionerId !== null && practitionerId !== account?.practitionerId,
      },
      occurredAt: now,
    });
    return { accountId, login: invitation.contact };
  });
}
