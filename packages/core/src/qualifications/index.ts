// Practitioners' qualifications and accreditation reminders (issue 12 item 7; docs/qualifications.md).
export { accreditationReminderKey, daysLeft, dueReminderOffset } from './accreditation-reminders';
export type { QualificationInput, QualificationWithDays } from './manage-qualifications';
export { normalizeQualificationNumber, validityRequired } from './qualification-number';
export { moveQualificationStatus } from './qualification-status';
export { QualificationsErrorCode } from './qualifications.errors';
export type * from './qualifications.ports';
export type * from './qualifications.types';
export {
  ACCREDITATION_REMINDER_DAYS,
  QUALIFICATION_STATUSES,
  QUALIFICATION_TYPES,
} from './qualifications.types';
export { qualificationsUseCases } from './qualifications.use-cases';
export { sweepAccreditationReminders } from './sweep-accreditation-reminders';
