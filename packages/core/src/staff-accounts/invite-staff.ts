import { AuditAction } from '../audit';
import type { Principal, RequestOrigin } from '../identity';
import type { StaffAccountsDeps } from './staff-accounts.ports';
import type { InvitationDraft } from './staff-accounts.types';
import { INVITATION_VALID_HOURS } from './staff-accounts.types';
import {
  identifiersOf,
  invitationExpiry,
  needsPractitioner,
  parseStaffContact,
  validateInvitation,
} from './staff-rules';
import { actorRoleOf, clinicInScope } from './staff-scope';

/**
 * Invites a staff member to a clinic (issue 13 item 3): a one-time link valid 72 hours goes by e-mail or
 * SMS through the outbox; only its hash is stored. Inviting the same contact to the same clinic again
 * replaces the open invitation (a unique index keeps one open). Audited as `admin.account_change`.
 */
export async function inviteStaff(
  deps: StaffAccountsDeps,
  principal: Principal,
  input: InvitationDraft & { origin: RequestOrigin },
): Promise<{ id: string; expiresAt: Date; replaced: boolean }> {
  const organizationId = await clinicInScope(deps, principal, input.organizationId, input.origin);
  const now = deps.clock.now();
  const token = deps.secrets.newToken();
  return deps.store.transaction(async (repos) => {
    // The contact's account (if any) already has a practitioner row: no sex needed to create one.
    const contact = parseStaffContact(input.contact);
    const existing = contact ? await repos.accounts.findByIdentifiers(identifiersOf(contact)) : [];
    const valid = validateInvitation(
      input,
      existing.some((a) => a.practitionerId !== null),
    );
    const replaced = await repos.staff.replaceOpenInvitation(valid.contact.value, organizationId, now);
    const expiresAt = invitationExpiry(now);
    const id = await repos.staff.createInvitation({
      contact: valid.contact.value,
      channel: valid.contact.channel,
      fullName: valid.fullName,
      sex: needsPractitioner(valid.roles) ? valid.sex : null,
      organizationId,
      roles: valid.roles,
      tokenHash: deps.secrets.hashToken(token),
      invitedByAccountId: principal.accountId,
      createdAt: now,
      expiresAt,
    });
    await repos.outbox.enqueue({
      event: 'staff.invitation',
      channel: valid.contact.channel,
      recipient: valid.contact.value,
      template: 'staff_invitation',
      // A link and its validity only: no name of the clinic's patients, nothing medical.
      payload: {
        link: `${deps.publicUrl.replace(/\/$/, '')}/invite/${token}`,
        hours: String(INVITATION_VALID_HOURS),
      },
      dedupeKey: `staff.invitation:${id}`,
    });
    await repos.audit.record({
      actorAccountId: principal.accountId,
      actorRole: actorRoleOf(principal),
      action: AuditAction.ADMIN_ACCOUNT_CHANGE,
      outcome: 'success',
      recordType: 'staff_invitation',
      recordId: id,
      ip: input.origin.ip,
      userAgent: input.origin.userAgent,
      details: {
        change: 'invite',
        organizationId,
        roles: valid.roles,
        channel: valid.contact.channel,
        replaced,
      },
      occurredAt: now,
    });
    return { id, expiresAt, replaced };
  });
}
