/**
 * Who besides its applicant reads what a staff application carries (its attachments): the admins of the
 * application's clinic, who decide it in their queue — nobody else, not even a system admin, since a health
 * leave's medical document or a labour complaint is the clinic's business only (docs/courses-and-applications.md).
 */
export function readsStaffApplicationOf(
  caller: { roles: readonly { role: string; organizationId: string | null }[] },
  applicationOrganizationId: string,
): boolean {
  return caller.roles.some(
    (grant) => grant.role === 'clinic_admin' && grant.organizationId === applicationOrganizationId,
  );
}
