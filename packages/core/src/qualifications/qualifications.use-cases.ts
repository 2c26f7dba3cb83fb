import { sweepAccreditationReminders } from './accreditation-reminders.sweep';
import {
  createQualification,
  listExpiringQualifications,
  listOwnQualifications,
  listQualificationChanges,
  updateQualification,
} from './manage-qualifications';

/** Practitioners' qualification documents and accreditation reminders (issue 12 item 7), over `QualificationsDeps`. */
export const qualificationsUseCases = {
  listOwn: listOwnQualifications,
  create: createQualification,
  update: updateQualification,
  listChanges: listQualificationChanges,
  listExpiring: listExpiringQualifications,
  sweepReminders: sweepAccreditationReminders,
};
