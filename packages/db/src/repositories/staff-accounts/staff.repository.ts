import { normalizeForSearch } from '@talon/core/identifiers';
import type {
  GrantableStaffRole,
  StaffInvitation,
  StaffMember,
  StaffRepository,
  StaffStatus,
} from '@talon/core/staff-accounts';
import { GRANTABLE_STAFF_ROLES } from '@talon/core/staff-accounts';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import { accountRoles, accounts, organizations, practitioners, staffInvitations } from '../../schema';
import { hasRow, instant, queryRows, textArray, toDateOrNull, uuidList } from '../../sql';

interface MemberRow {
  account_id: string | null;
  invitation_id: string | null;
  full_name: string;
  email: string | null;
  phone: string | null;
  organization_id: string;
  organization_name: string;
  roles: GrantableStaffRole[];
  status: StaffStatus;
  second_factor: boolean;
  support_operator: boolean;
  last_login_at: string | Date | null;
  invitation_expires_at: string | Date | null;
}

type InvitationRow = typeof staffInvitations.$inferSelect;

const toInvitation = (row: InvitationRow): StaffInvitation => ({
  id: row.id,
  contact: row.contact,
  channel: row.channel,
  fullName: row.fullName,
  sex: row.sex,
  organizationId: row.organizationId,
  roles: row.roles as GrantableStaffRole[],
  createdAt: row.createdAt,
  expiresAt: row.expiresAt,
  acceptedAt: row.acceptedAt,
  replacedAt: row.replacedAt,
});

const grantable = textArray(GRANTABLE_STAFF_ROLES);

/** Staff accounts and invitations of clinics: the admin cabinet's list and its changes. */
export function createStaffRepository(db: DbExecutor): StaffRepository {
  return {
    async list(filter, now) {
      const orgs = filter.organizationIds;
      if (orgs && !orgs.length) return [];
      const inScope = (column: string) => (orgs ? sql`${sql.raw(column)} in (${uuidList(orgs)})` : sql`true`);
      const rows = await queryRows<MemberRow>(
        db,
        sql`select staff.*, o.name as organization_name from (
              select a.id as account_id, null::uuid as invitation_id, a.display_name as full_name, a.email, a.phone,
                     r.organization_id, array_agg(r.role order by r.role) as roles,
                     case when a.status = 'blocked' then 'blocked' else 'active' end as status,
                     (a.totp_enabled_at is not null or a.sms_mfa_enabled) as second_factor,
                     exists (select 1 from account_roles sr where sr.account_id = a.id and sr.role = 'support') as support_operator,
                     (select max(s.created_at) from sessions s where s.account_id = a.id and not s.mfa_pending) as last_login_at,
                     null::timestamptz as invitation_expires_at
                from account_roles r join accounts a on a.id = r.account_id
               where r.role = any(${grantable}) and ${inScope('r.organization_id')}
               group by a.id, r.organization_id
              union all
              select null, i.id, i.full_name, case when i.channel = 'email' then i.contact end,
                     case when i.channel = 'sms' then i.contact end, i.organization_id, i.roles, 'invited',
                     false, false, null, i.expires_at
                from staff_invitations i
               where i.accepted_at is null and i.replaced_at is null and i.expires_at > ${instant(now)}
                 and ${inScope('i.organization_id')}
            ) staff
            join organizations o on o.id = staff.organization_id
            where (${filter.status ?? null}::text is null or staff.status = ${filter.status ?? null})
              and (${filter.role ?? null}::text is null or ${filter.role ?? null} = any(staff.roles))
            order by staff.full_name, staff.organization_id`,
      );
      return rows.map(
        (row): StaffMember => ({
          accountId: row.account_id,
          invitationId: row.invitation_id,
          fullName: row.full_name,
          email: row.email,
          phone: row.phone,
          organizationId: row.organization_id,
          organizationName: row.organization_name,
          roles: row.roles,
          status: row.status,
          secondFactor: row.second_factor,
          supportOperator: row.support_operator,
          lastLoginAt: toDateOrNull(row.last_login_at),
          invitationExpiresAt: toDateOrNull(row.invitation_expires_at),
        }),
      );
    },
    organizationExists: (id) => hasRow(db, organizations, eq(organizations.id, id)),
    async staffOrganizationsOf(accountId, organizationIds) {
      if (organizationIds && !organizationIds.length) return [];
      const rows = await db
        .selectDistinct({ organizationId: accountRoles.organizationId })
        .from(accountRoles)
        .where(
          and(
            eq(accountRoles.accountId, accountId),
            inArray(accountRoles.role, [...GRANTABLE_STAFF_ROLES]),
            organizationIds ? inArray(accountRoles.organizationId, [...organizationIds]) : undefined,
          ),
        );
      return rows.map((row) => row.organizationId as string);
    },
    async replaceOpenInvitation(contact, organizationId, at) {
      const rows = await db
        .update(staffInvitations)
        .set({ replacedAt: at })
        .where(
          and(
            eq(staffInvitations.contact, contact),
            eq(staffInvitations.organizationId, organizationId),
            isNull(staffInvitations.acceptedAt),
            isNull(staffInvitations.replacedAt),
          ),
        )
        .returning({ id: staffInvitations.id });
      return rows.length > 0;
    },
    async createInvitation(invitation) {
      const [row] = await db
        .insert(staffInvitations)
        .values(invitation)
        .returning({ id: staffInvitations.id });
      if (!row) throw new Error('staff invitation insert returned nothing');
      return row.id;
    },
    async findInvitationForUpdate(tokenHash) {
      const [row] = await db
        .select()
        .from(staffInvitations)
        .where(eq(staffInvitations.tokenHash, tokenHash))
        .for('update');
      return row ? toInvitation(row) : null;
    },
    async markAccepted(id, accountId, at) {
      await db
        .update(staffInvitations)
        .set({ acceptedAt: at, acceptedAccountId: accountId })
        .where(eq(staffInvitations.id, id));
    },
    async setClinicRoles(accountId, organizationId, roles) {
      await db
        .delete(accountRoles)
        .where(
          and(
            eq(accountRoles.accountId, accountId),
            eq(accountRoles.organizationId, organizationId),
            inArray(accountRoles.role, [...GRANTABLE_STAFF_ROLES]),
          ),
        );
      if (roles.length) {
        await db.insert(accountRoles).values(roles.map((role) => ({ accountId, role, organizationId })));
      }
    },
    async setSupportRole(accountId, isOperator) {
      await db
        .delete(accountRoles)
        .where(and(eq(accountRoles.accountId, accountId), eq(accountRoles.role, 'support')));
      if (isOperator)
        await db.insert(accountRoles).values({ accountId, role: 'support', organizationId: null });
    },
    async setStatus(accountId, change) {
      await db
        .update(accounts)
        .set({
          status: change.status,
          blockedAt: change.status === 'blocked' ? change.at : null,
          blockedReason: change.reason,
          updatedAt: change.at,
        })
        .where(eq(accounts.id, accountId));
    },
    async createPractitioner(person) {
      const [row] = await db
        .insert(practitioners)
        .values({
          ...person,
          searchText: normalizeForSearch(
            [person.surname, person.name, person.patronymic].filter(Boolean).join(' '),
          ),
        })
        .returning({ id: practitioners.id });
      if (!row) throw new Error('practitioner insert returned nothing');
      return row.id;
    },
    async linkPractitioner(accountId, practitionerId) {
      await db.update(accounts).set({ practitionerId }).where(eq(accounts.id, accountId));
    },
  };
}
