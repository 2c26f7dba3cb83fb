// Staff applications and certificates (issue 12 item 9; docs/courses-and-applications.md).
export {
  APPLICATION_FORMS,
  checkApplicationForm,
  MAX_ATTACHMENTS,
  MAX_LINE,
  MAX_TEXT,
} from './application-forms';
export { MY_APPLICATIONS_URL } from './application-messages';
export { readsStaffApplicationOf } from './application-readers';
export {
  applicationNumber,
  applicationStatusAfter,
  isApplicationNumber,
  MAX_REJECTION_REASON,
} from './application-workflow';
export { lengthOfService, staffCertificateContent } from './certificate-content';
export { StaffApplicationsErrorCode } from './staff-applications.errors';
export type * from './staff-applications.ports';
export * from './staff-applications.types';
export { staffApplicationsUseCases } from './staff-applications.use-cases';
export { certificateNumber } from './staff-certificates';
