import type { AuditLog } from '../audit';
import type { AccountRepository, IdentitySecrets, OutboxPort, SessionRepository } from '../identity';
import type { Clock, Sex, TransactionalStore } from '../shared';
import type {
  ClinicOverview,
  GrantableStaffRole,
  StaffInvitation,
  StaffMember,
  StaffStatus,
} from './staff-accounts.types';

export interface StaffListFilter {
  /** null: every clinic (a system admin without a filter). */
  organizationIds: readonly string[] | null;
  status?: StaffStatus;
  role?: GrantableStaffRole;
}

export interface StaffRepository {
  /** Accounts with a staff role at the clinics, and the open invitations there; by name. */
  list(filter: StaffListFilter, now: Date): Promise<StaffMember[]>;
  organizationExists(id: string): Promise<boolean>;
  /** The clinics (of `organizationIds`, or any when null) where the account holds a grantable role. */
  staffOrganizationsOf(accountId: string, organizationIds: readonly string[] | null): Promise<string[]>;
  /** Closes the open invitation of the contact at the clinic (a new one replaces it); true when there was one. */
  replaceOpenInvitation(contact: string, organizationId: string, at: Date): Promise<boolean>;
  createInvitation(
    invitation: Omit<StaffInvitation, 'id' | 'acceptedAt' | 'replacedAt'> & {
      tokenHash: string;
      invitedByAccountId: string;
    },
  ): Promise<string>;
  /** The invitation of the token's hash, locked for the accepting transaction. */
  findInvitationForUpdate(tokenHash: string): Promise<StaffInvitation | null>;
  markAccepted(id: string, accountId: string, at: Date): Promise<void>;
  /** Replaces the account's grantable roles at the clinic with `roles`. */
  setClinicRoles(
    accountId: string,
    organizationId: string,
    roles: readonly GrantableStaffRole[],
  ): Promise<void>;
  /** Grants or takes back the support operator's role (held for no clinic, docs/support.md). */
  setSupportRole(accountId: string, isOperator: boolean): Promise<void>;
  /** Blocks (with the admin's reason, kept on the account) or unblocks. */
  setStatus(
    accountId: string,
    change: { status: 'active' | 'blocked'; reason: string | null; at: Date },
  ): Promise<void>;
  createPractitioner(person: {
    surname: string;
    name: string;
    patronymic: string | null;
    sex: Sex;
    experienceSince: string;
  }): Promise<string>;
  linkPractitioner(accountId: string, practitionerId: string): Promise<void>;
}

export interface ClinicListFilter {
  /** null: every clinic (a system admin). */
  organizationIds: readonly string[] | null;
  /** Words each found in the name, short name, address or region's name. */
  query: string | null;
  region: string | null;
  limit: number;
}

export interface ClinicOverviewRepository {
  /** The clinics with their counts (today: the clinic's own day at `now`), by region and name. */
  list(filter: ClinicListFilter, now: Date): Promise<ClinicOverview[]>;
}

export interface StaffAccountsRepos {
  staff: StaffRepository;
  clinics: ClinicOverviewRepository;
  accounts: AccountRepository;
  sessions: SessionRepository;
  outbox: OutboxPort;
  audit: AuditLog;
}

export interface StaffAccountsDeps {
  store: TransactionalStore<StaffAccountsRepos>;
  secrets: Pick<
    IdentitySecrets,
    'hashPassword' | 'verifyPassword' | 'newToken' | 'hashToken' | 'commonPasswords'
  >;
  clock: Clock;
  /** The web app's address: the invitation link points at its `/invite/:token` page. */
  publicUrl: string;
}
