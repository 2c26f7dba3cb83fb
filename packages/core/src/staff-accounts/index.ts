// Staff accounts (issue 13 item 3): invitations by e-mail or SMS, roles at a clinic, block and unblock;
// every change audited (docs/identity.md «Staff accounts»).

export { CLINIC_QUERY_MAX, CLINICS_LIST_LIMIT } from './clinic-overview';
export { StaffAccountsErrorCode } from './staff-accounts.errors';
export type * from './staff-accounts.ports';
export type * from './staff-accounts.types';
export {
  GRANTABLE_STAFF_ROLES,
  INVITATION_VALID_HOURS,
  PRACTITIONER_ROLES,
} from './staff-accounts.types';
export { staffAccountsUseCases } from './staff-accounts.use-cases';
export { FULL_NAME_MAX, isInvitationOpen, parseStaffContact } from './staff-rules';
