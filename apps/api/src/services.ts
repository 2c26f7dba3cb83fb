import type { Config } from '@talon/config';
import { accessUseCases } from '@talon/core/access';
import { analyticsUseCases } from '@talon/core/analytics';
import { attachmentUseCases } from '@talon/core/attachment';
import { auditUseCases } from '@talon/core/audit';
import { bookingUseCases, clinicCancellationUseCases } from '@talon/core/booking';
import { coursesUseCases } from '@talon/core/courses';
import { dataChangesUseCases } from '@talon/core/data-changes';
import { directoryUseCases } from '@talon/core/directory';
import { documentRequestsUseCases } from '@talon/core/document-requests';
import { identityUseCases } from '@talon/core/identity';
import { notificationsUseCases } from '@talon/core/notifications';
import { notificationsDeliveryUseCases } from '@talon/core/notifications-delivery';
import { absenceUseCases, practiceUseCases } from '@talon/core/practice';
import { practitionerDocumentsUseCases } from '@talon/core/practitioner-documents';
import { privacyUseCases } from '@talon/core/privacy';
import { qualificationsUseCases } from '@talon/core/qualifications';
import { recordsUseCases } from '@talon/core/records';
import { referralsUseCases } from '@talon/core/referrals';
import { registryUseCases } from '@talon/core/registry';
import { requestHistoryUseCases } from '@talon/core/request-history';
import { reviewsUseCases } from '@talon/core/reviews';
import { schedulingUseCases } from '@talon/core/scheduling';
import { bindUseCases, type Clock } from '@talon/core/shared';
import { signingUseCases } from '@talon/core/signing';
import { slotSearchUseCases } from '@talon/core/slot-search';
import { staffAccountsUseCases } from '@talon/core/staff-accounts';
import { statusUseCases } from '@talon/core/status';
import { ticketsUseCases } from '@talon/core/tickets';
import { uploadsUseCases } from '@talon/core/uploads';
import { waitlistUseCases } from '@talon/core/waitlist';
import type { DatabaseHandle } from '@talon/db';
import { accessDeps } from './composition/access.deps';
import { analyticsDeps } from './composition/analytics.deps';
import { attachmentDeps } from './composition/attachment.deps';
import { auditDeps } from './composition/audit.deps';
import { bookingDeps, clinicCancellationDeps } from './composition/booking.deps';
import { coursesDeps } from './composition/courses.deps';
import { dataChangesDeps, requestHistoryDeps } from './composition/data-changes.deps';
import { directoryDeps } from './composition/directory.deps';
import { documentRequestsDeps } from './composition/document-requests.deps';
import { identityDeps } from './composition/identity.deps';
import { createInfrastructure } from './composition/infrastructure';
import type { MessageDispatcher } from './composition/message-dispatcher';
import { notificationsDeps } from './composition/notifications.deps';
import { notificationsDeliveryDeps } from './composition/notifications-delivery.deps';
import { absenceDeps, practiceDeps } from './composition/practice.deps';
import { practitionerDocumentsDeps } from './composition/practitioner-documents.deps';
import { privacyDeps } from './composition/privacy.deps';
import { qualificationsDeps } from './composition/qualifications.deps';
import { recordsDeps } from './composition/records.deps';
import { referralsDeps } from './composition/referrals.deps';
import { registryDeps } from './composition/registry.deps';
import { reviewsDeps } from './composition/reviews.deps';
import { schedulingDeps } from './composition/scheduling.deps';
import { signingDeps } from './composition/signing.deps';
import { slotSearchDeps } from './composition/slot-search.deps';
import { staffAccountsDeps } from './composition/staff-accounts.deps';
import { statusDeps } from './composition/status.deps';
import { ticketsDeps } from './composition/tickets.deps';
import { uploadsDeps } from './composition/uploads.deps';
import { waitlistDeps } from './composition/waitlist.deps';
import type { RecentRequests } from './status/recent-requests';

/**
 * The composition root: every module's use cases bound once to that module's dependencies (built in
 * `composition/`). Handlers call `app.services.<module>.<useCase>(principal, input)` and nothing else.
 */
export async function createServices(
  database: DatabaseHandle,
  clock: Clock,
  config: Config,
  dispatcher: MessageDispatcher,
  recentRequests: RecentRequests,
) {
  const infrastructure = await createInfrastructure(database, clock, config, dispatcher);
  // Shared by other modules: booking and the rest ask the access policy; reviews, the waitlist and the
  // reminder links act through booking.
  const access = accessDeps(infrastructure);
  const booking = bookingDeps(infrastructure, access);
  return {
    directory: bindUseCases(directoryDeps(infrastructure), directoryUseCases),
    identity: bindUseCases(identityDeps(infrastructure), identityUseCases),
    access: bindUseCases(access, accessUseCases),
    privacy: bindUseCases(privacyDeps(infrastructure), privacyUseCases),
    audit: bindUseCases(auditDeps(infrastructure), auditUseCases),
    analytics: bindUseCases(analyticsDeps(infrastructure), analyticsUseCases),
    status: bindUseCases(statusDeps(infrastructure, database, recentRequests), statusUseCases),
    registry: bindUseCases(registryDeps(infrastructure), registryUseCases),
    practice: bindUseCases(practiceDeps(infrastructure), practiceUseCases),
    absences: bindUseCases(absenceDeps(infrastructure), absenceUseCases),
    courses: bindUseCases(coursesDeps(infrastructure), coursesUseCases),
    qualifications: bindUseCases(qualificationsDeps(infrastructure), qualificationsUseCases),
    staffAccounts: bindUseCases(staffAccountsDeps(infrastructure), staffAccountsUseCases),
    booking: bindUseCases(booking, bookingUseCases),
    clinicCancellation: bindUseCases(clinicCancellationDeps(infrastructure), clinicCancellationUseCases),
    reviews: bindUseCases(reviewsDeps(infrastructure, booking), reviewsUseCases),
    waitlist: bindUseCases(waitlistDeps(infrastructure, booking), waitlistUseCases),
    slots: bindUseCases(slotSearchDeps(infrastructure, access), slotSearchUseCases),
    tickets: bindUseCases(ticketsDeps(infrastructure, access), ticketsUseCases),
    scheduling: bindUseCases(schedulingDeps(infrastructure), schedulingUseCases),
    notifications: bindUseCases(notificationsDeps(infrastructure, booking), notificationsUseCases),
    referrals: bindUseCases(referralsDeps(infrastructure, access), referralsUseCases),
    signing: bindUseCases(signingDeps(infrastructure), signingUseCases),
    records: bindUseCases(recordsDeps(infrastructure, access), recordsUseCases),
    documentRequests: bindUseCases(documentRequestsDeps(infrastructure, access), documentRequestsUseCases),
    practitionerDocuments: bindUseCases(
      practitionerDocumentsDeps(infrastructure, access),
      practitionerDocumentsUseCases,
    ),
    uploads: bindUseCases(uploadsDeps(infrastructure), uploadsUseCases),
    dataChanges: bindUseCases(dataChangesDeps(infrastructure), dataChangesUseCases),
    attachment: bindUseCases(attachmentDeps(infrastructure), attachmentUseCases),
    requestHistory: bindUseCases(requestHistoryDeps(infrastructure), requestHistoryUseCases),
    notificationsDelivery: bindUseCases(
      notificationsDeliveryDeps(infrastructure),
      notificationsDeliveryUseCases,
    ),
  };
}

export type Services = Awaited<ReturnType<typeof createServices>>;
