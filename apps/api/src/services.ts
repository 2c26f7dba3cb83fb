import type { Config } from '@talon/config';
import { bindUseCases, type Clock } from '@talon/core/shared';
import type { FreeSlotPageCache } from '@talon/core/slot-search';
import * as core from '@talon/core/use-cases';
import type { DatabaseHandle } from '@talon/db';
import * as deps from './composition';
import { createInfrastructure } from './composition/infrastructure';
import type { MessageDispatcher } from './composition/message-dispatcher';
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
  freeSlotPages: FreeSlotPageCache | null,
) {
  const infrastructure = await createInfrastructure(database, clock, config, dispatcher, freeSlotPages);
  // Shared by other modules: booking and the rest ask the access policy; reviews, the waitlist and the
  // reminder links act through booking; the desk's patient page acts through the waitlist.
  const access = deps.accessDeps(infrastructure);
  const booking = deps.bookingDeps(infrastructure, access);
  const waitlist = deps.waitlistDeps(infrastructure, booking);
  return {
    directory: bindUseCases(deps.directoryDeps(infrastructure), core.directoryUseCases),
    identity: bindUseCases(deps.identityDeps(infrastructure), core.identityUseCases),
    fhirSubscriptions: bindUseCases(
      deps.fhirSubscriptionsDeps(infrastructure),
      core.fhirSubscriptionsUseCases,
    ),
    integrationClients: bindUseCases(
      deps.integrationClientsDeps(infrastructure),
      core.integrationClientsUseCases,
    ),
    misSchedules: bindUseCases(deps.misSchedulesDeps(infrastructure), core.misSchedulesUseCases),
    access: bindUseCases(access, core.accessUseCases),
    privacy: bindUseCases(deps.privacyDeps(infrastructure), core.privacyUseCases),
    audit: bindUseCases(deps.auditDeps(infrastructure), core.auditUseCases),
    analytics: bindUseCases(deps.analyticsDeps(infrastructure), core.analyticsUseCases),
    status: bindUseCases(deps.statusDeps(infrastructure, database, recentRequests), core.statusUseCases),
    symptomGuide: bindUseCases(deps.symptomGuideDeps(infrastructure), core.symptomGuideUseCases),
    registry: bindUseCases(deps.registryDeps(infrastructure), core.registryUseCases),
    registryPatient: bindUseCases(
      deps.registryPatientDeps(infrastructure, access, waitlist),
      core.registryPatientUseCases,
    ),
    practice: bindUseCases(deps.practiceDeps(infrastructure), core.practiceUseCases),
    absences: bindUseCases(deps.absenceDeps(infrastructure), core.absenceUseCases),
    courses: bindUseCases(deps.coursesDeps(infrastructure), core.coursesUseCases),
    staffApplications: bindUseCases(
      deps.staffApplicationsDeps(infrastructure),
      core.staffApplicationsUseCases,
    ),
    qualifications: bindUseCases(deps.qualificationsDeps(infrastructure), core.qualificationsUseCases),
    booking: bindUseCases(booking, core.bookingUseCases),
    clientBooking: bindUseCases(deps.clientBookingDeps(infrastructure, booking), core.clientBookingUseCases),
    clinicCancellation: bindUseCases(
      deps.clinicCancellationDeps(infrastructure),
      core.clinicCancellationUseCases,
    ),
    reviews: bindUseCases(deps.reviewsDeps(infrastructure, booking), core.reviewsUseCases),
    surveys: bindUseCases(deps.surveysDeps(infrastructure, booking), core.surveysUseCases),
    waitlist: bindUseCases(waitlist, core.waitlistUseCases),
    slots: bindUseCases(deps.slotSearchDeps(infrastructure, access), core.slotSearchUseCases),
    tickets: bindUseCases(deps.ticketsDeps(infrastructure, access), core.ticketsUseCases),
    scheduling: bindUseCases(deps.schedulingDeps(infrastructure), core.schedulingUseCases),
    notifications: bindUseCases(deps.notificationsDeps(infrastructure, booking), core.notificationsUseCases),
    referrals: bindUseCases(deps.referralsDeps(infrastructure, access), core.referralsUseCases),
    signing: bindUseCases(deps.signingDeps(infrastructure), core.signingUseCases),
    records: bindUseCases(deps.recordsDeps(infrastructure, access), core.recordsUseCases),
    documentRequests: bindUseCases(
      deps.documentRequestsDeps(infrastructure, access),
      core.documentRequestsUseCases,
    ),
    practitionerDocuments: bindUseCases(
      deps.practitionerDocumentsDeps(infrastructure, access),
      core.practitionerDocumentsUseCases,
    ),
    uploads: bindUseCases(deps.uploadsDeps(infrastructure), core.uploadsUseCases),
    video: bindUseCases(deps.videoDeps(infrastructure, access), core.videoUseCases),
    waitingRoom: bindUseCases(deps.waitingRoomDeps(infrastructure), core.waitingRoomUseCases),
    dataChanges: bindUseCases(deps.dataChangesDeps(infrastructure), core.dataChangesUseCases),
    attachment: bindUseCases(deps.attachmentDeps(infrastructure), core.attachmentUseCases),
    requestHistory: bindUseCases(deps.requestHistoryDeps(infrastructure), core.requestHistoryUseCases),
    staffAccounts: bindUseCases(deps.staffAccountsDeps(infrastructure), core.staffAccountsUseCases),
    support: bindUseCases(deps.supportDeps(infrastructure), core.supportUseCases),
    notificationsDelivery: bindUseCases(
      deps.notificationsDeliveryDeps(infrastructure),
      core.notificationsDeliveryUseCases,
    ),
  };
}

export type Services = Awaited<ReturnType<typeof createServices>>;
