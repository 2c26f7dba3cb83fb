/** Error codes of staff account management (mapped to HTTP and Russian text by the API). */
export const StaffAccountsErrorCode = {
  /** A field of the invitation is missing or wrong (400, with every field at once). */
  STAFF_INVITATION_INVALID: 'STAFF_INVITATION_INVALID',
  /** A role a clinic admin may not grant (system_admin, call_centre, patient) (400). */
  STAFF_ROLE_NOT_GRANTABLE: 'STAFF_ROLE_NOT_GRANTABLE',
  /** The invitation link is unknown, used, replaced or expired: one answer for all (410). */
  STAFF_INVITATION_INVALID_LINK: 'STAFF_INVITATION_INVALID_LINK',
  /** No staff account of the caller's clinics with this id; also the answer outside the caller's scope (404). */
  STAFF_NOT_FOUND: 'STAFF_NOT_FOUND',
  /** The clinic named is not one the caller administers, or does not exist (404). */
  STAFF_ORGANIZATION_NOT_FOUND: 'STAFF_ORGANIZATION_NOT_FOUND',
  /** The clinics' search: text too long, or a region that is not two digits (400). */
  CLINIC_QUERY_INVALID: 'CLINIC_QUERY_INVALID',
  /** An admin may not block themselves (409). */
  STAFF_SELF_BLOCK: 'STAFF_SELF_BLOCK',
  /** An admin may not remove their own clinic_admin role (409). */
  STAFF_SELF_DEMOTE: 'STAFF_SELF_DEMOTE',
} as const;
export type StaffAccountsErrorCode = (typeof StaffAccountsErrorCode)[keyof typeof StaffAccountsErrorCode];
