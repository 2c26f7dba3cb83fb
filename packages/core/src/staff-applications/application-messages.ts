import { enqueueInAppAndEmail } from '../messaging';
import type { StaffApplicationsRepos } from './staff-applications.ports';
import { STAFF_APPLICATION_STATUS_LABELS, type StaffApplicationView } from './staff-applications.types';

/** The doctor's cabinet page the notices link to. */
export const MY_APPLICATIONS_URL = '/doctor/courses/applications';

/**
 * Tells the applicant of a status change, in the app and by e-mail, in the change's transaction (the outbox):
 * the number and the status only. Neither the type (a health leave says too much on a locked screen) nor the
 * texts (a reason may speak of health) leave the cabinet.
 */
export async function tellOfApplicationStatus(
  repos: StaffApplicationsRepos,
  application: StaffApplicationView,
): Promise<void> {
  await enqueueInAppAndEmail(repos.outbox, {
    event: 'staff_application.status',
    accountId: application.accountId,
    template: 'staff_application_status',
    payload: {
      number: application.number,
      status: STAFF_APPLICATION_STATUS_LABELS[application.status],
      link: MY_APPLICATIONS_URL,
    },
    key: `staff-application:${application.id}:${application.status}`,
    email: await repos.applications.emailOf(application.accountId),
  });
}
