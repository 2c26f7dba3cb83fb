/** Staff applications and certificates (issue 12 item 9; docs/courses-and-applications.md). */

/** What a doctor or nurse applies for (seed 004 «Подача заявлений и обращений»). */
export const STAFF_APPLICATION_TYPES = [
  'transfer',
  'training',
  'allowance',
  'health_leave',
  'labour_complaint',
] as const;
export type StaffApplicationType = (typeof STAFF_APPLICATION_TYPES)[number];

/** submitted → in_review → approved | rejected. */
export const STAFF_APPLICATION_STATUSES = ['submitted', 'in_review', 'approved', 'rejected'] as const;
export type StaffApplicationStatus = (typeof STAFF_APPLICATION_STATUSES)[number];

/** The certificates a practitioner issues to themselves: справка о стаже, подтверждение квалификации. */
export const STAFF_CERTIFICATE_KINDS = ['work_experience', 'qualification'] as const;
export type StaffCertificateKind = (typeof STAFF_CERTIFICATE_KINDS)[number];
