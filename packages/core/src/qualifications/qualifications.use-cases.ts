import { listExpiringQualifications } from './list-expiring-qualifications';
import {
  createQualification,
  listOwnQualifications,
  listQualificationChanges,
  updateQualification,
} from './manage-qualifications';
import { sweepAccreditationReminders } from './sweep-accreditation-reminders';

/** Practitioners' qualification documents and accreditation reminders (issue 12 item 7), over `QualificationsDeps`. */
export const qualificationsUseCases = {
  listOwn: listOwnQualifications,
  create: createQualification,
  update: updateQualification,
  listChanges: listQualificationChanges,
  listExpiring: listExpiringQualifications,
  sweepReminders: sweepAccreditationReminders,
};
