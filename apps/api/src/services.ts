import { createHmac } from 'node:crypto';
import type { Config } from '@talon/config';
import * as access from '@talon/core/access';
import { type SearchAuditEventsInput, searchAuditEvents } from '@talon/core/audit';
import * as booking from '@talon/core/booking';
import { signTicketPayload } from '@talon/core/booking';
import {
  getOrganization,
  getPractitioner,
  type SearchOrganizationsInput,
  type SearchPractitionersInput,
  searchOrganizations,
  searchPractitioners,
  suggest,
} from '@talon/core/directory';
import * as identity from '@talon/core/identity';
import * as privacy from '@talon/core/privacy';
import * as registry from '@talon/core/registry';
import * as scheduling from '@talon/core/scheduling';
import type { Clock } from '@talon/core/shared';
import * as slotSearch from '@talon/core/slot-search';
import * as tickets from '@talon/core/tickets';
import * as waitlist from '@talon/core/waitlist';
import {
  createAccessStore,
  createAuditRepository,
  createBookingStore,
  createClinicCancellationStore,
  createDirectoryRepository,
  createFieldCipher,
  createIdempotencyRepository,
  createIdentityStore,
  createPrivacyStore,
  createRegistryStore,
  createSchedulingStore,
  createSlotSearchRepository,
  createSuggestionsRepository,
  createTicketEmailStore,
  createTicketsRepository,
  createWaitlistStore,
  type DatabaseHandle,
} from '@talon/db';
import { createNotificationsServices } from './notifications.services';
import { createNotificationsDeliveryServices } from './notifications-delivery.services';
import { createReferralsServices } from './referrals.services';
import { createReviewsServices } from './reviews.services';
import { createIdentitySecrets } from './security/identity-secrets';

/** Where freshly written outbox rows are announced; the worker attaches itself once it has started. */
export interface MessageDispatcher {
  kick(outboxIds: string[]): void;
  attach(target: { kick(outboxIds: string[]): unknown }): void;
}

export function createMessageDispatcher(): MessageDispatcher {
  let target: { kick(outboxIds: string[]): unknown } | null = null;
  return {
    kick: (ids) => {
      // Delivery is also swept periodically, so a lost kick only delays a message.
      Promise.resolve(target?.kick(ids)).catch(() => {});
    },
    attach: (next) => {
      target = next;
    },
  };
}

type Principal = identity.Principal;
type Origin = identity.RequestOrigin;

/** The one place that wires repositories into use cases; handlers see only these functions. */
export async function createServices(
  database: DatabaseHandle,
  clock: Clock,
  config: Config,
  dispatcher: MessageDispatcher,
) {
  const directory = createDirectoryRepository(database.db);
  const deps = { directory, clock };
  const cipher = createFieldCipher(config.secrets);
  const secrets = await createIdentitySecrets(cipher, config.secrets.lookupKey);
  const store = createIdentityStore(database.db, cipher, { afterCommit: (ids) => dispatcher.kick(ids) });
  const id: identity.IdentityDeps = {
    store,
    secrets,
    clock,
    consentVersion: identity.PERSONAL_DATA_CONSENT.version,
  };
  const audit = createAuditRepository(database.db);
  const pv: privacy.PrivacyDeps = { store: createPrivacyStore(database.db, cipher), clock };
  const accessStore = createAccessStore(database.db, cipher, { afterCommit: (ids) => dispatcher.kick(ids) });
  const ac: access.RepresentativeDeps = { access: accessStore, clock, identity: { secrets, clock } };
  const rg: registry.RegistryDeps = {
    registry: createRegistryStore(database.db, cipher),
    clock,
    lookupHash: (normalised) => cipher.lookupHash(normalised),
  };
  const sc: scheduling.SchedulingDeps = { store: createSchedulingStore(database.db), clock };
  const slotRepository = createSlotSearchRepository(database.db);
  // Searching for someone else (a ward; the registry for a patient) asks the access policy, purpose `book`.
  const slotDeps = (origin: Origin): slotSearch.SlotSearchDeps => ({
    slots: slotRepository,
    clock,
    authorizeBooking: (principal, patientId) =>
      access.authorizePatient(ac, principal, patientId, 'book', origin),
  });
  // The QR key of tickets, derived from the lookup key: check-in verifies payloads with the same key.
  const ticketKey = createHmac('sha256', config.secrets.lookupKey).update('talon/ticket-payload').digest();
  const tk: tickets.TicketDeps = {
    tickets: createTicketsRepository(database.db),
    access: ac,
    signPayload: (appointmentId) => signTicketPayload(appointmentId, ticketKey),
  };
  const ticketEmail: tickets.TicketEmailDeps = {
    ticket: tk,
    store: createTicketEmailStore(database.db, cipher, { afterCommit: (ids) => dispatcher.kick(ids) }),
    clock,
    baseUrl: config.reminders.publicUrl,
  };
  // The waitlist offers slots only to patients the booking rules would let book them (issue 4, item 7).
  const waitlistPolicy = waitlist.waitlistPolicyOf(config.booking);
  const bk: booking.BookingDeps = {
    store: createBookingStore(database.db, cipher, {
      afterCommit: (ids) => dispatcher.kick(ids),
      slotEvents: (repos) => waitlist.waitlistSlotEvents(repos, waitlistPolicy),
    }),
    access: ac,
    clock,
    policy: { ...booking.DEFAULT_BOOKING_POLICY, ...config.booking },
    ticketKey,
  };
  const cc = {
    store: createClinicCancellationStore(database.db, cipher, { afterCommit: (ids) => dispatcher.kick(ids) }),
    clock,
    rebookPriorityHours: config.booking.rebookPriorityHours,
  };
  const wl: waitlist.WaitlistDeps = {
    store: createWaitlistStore(database.db, cipher, { afterCommit: (ids) => dispatcher.kick(ids) }),
    clock,
    policy: waitlistPolicy,
    booking: bk,
  };
  const idempotencyKeys = createIdempotencyRepository(database.db);
  return {
    directory: {
      listRegions: () => directory.listRegions(),
      listSpecialties: () => directory.listSpecialties(),
      searchOrganizations: (input: SearchOrganizationsInput) => searchOrganizations(deps, input),
      getOrganization: (id: string) => getOrganization(deps, { id }),
      searchPractitioners: (input: SearchPractitionersInput) => searchPractitioners(deps, input),
      getPractitioner: (id: string) => getPractitioner(deps, { id }),
      /** Suggestions for the home search field (issue 6). */
      suggest: (input: { q: string; region?: string }) =>
        suggest({ directory, suggestions: createSuggestionsRepository(database.db) }, input),
    },
    identity: {
      startRegistration: (input: identity.RegistrationInput) => identity.startRegistration(id, input),
      resendRegistrationCode: (registrationId: string) =>
        identity.resendRegistrationCode(id, { registrationId }),
      confirmRegistration: (input: Parameters<typeof identity.confirmRegistration>[1]) =>
        identity.confirmRegistration(id, input),
      logIn: (input: Parameters<typeof identity.logIn>[1]) => identity.logIn(id, input),
      logInExternal: (input: identity.LogInExternalInput) => identity.logInExternal(id, input),
      completeMfa: (principal: Principal, input: Parameters<typeof identity.completeMfa>[2]) =>
        identity.completeMfa(id, principal, input),
      sendMfaSms: (principal: Principal) => identity.sendMfaSms(id, principal),
      resolveSession: (token: string) => identity.resolveSession(id, token),
      getMe: (principal: Principal) => identity.getMe(id, principal),
      listSessions: (principal: Principal) => identity.listSessions(id, principal),
      endSession: (principal: Principal, sessionId: string, origin: Origin) =>
        identity.endSession(id, principal, sessionId, origin),
      logOut: (principal: Principal, origin: Origin) => identity.logOut(id, principal, origin),
      logOutEverywhere: (principal: Principal, origin: Origin) =>
        identity.logOutEverywhere(id, principal, origin),
      requestPasswordReset: (login: string, newId: () => string) =>
        identity.requestPasswordReset(id, { login, newId }),
      confirmPasswordReset: (input: Parameters<typeof identity.confirmPasswordReset>[1]) =>
        identity.confirmPasswordReset(id, input),
      changePassword: (principal: Principal, input: Parameters<typeof identity.changePassword>[2]) =>
        identity.changePassword(id, principal, input),
      startTotpEnrolment: (principal: Principal) => identity.startTotpEnrolment(id, principal),
      confirmTotpEnrolment: (
        principal: Principal,
        input: Parameters<typeof identity.confirmTotpEnrolment>[2],
      ) => identity.confirmTotpEnrolment(id, principal, input),
      disableTotp: (principal: Principal, input: Parameters<typeof identity.disableTotp>[2]) =>
        identity.disableTotp(id, principal, input),
      regenerateRecoveryCodes: (
        principal: Principal,
        input: Parameters<typeof identity.regenerateRecoveryCodes>[2],
      ) => identity.regenerateRecoveryCodes(id, principal, input),
      setSmsMfa: (principal: Principal, input: Parameters<typeof identity.setSmsMfa>[2]) =>
        identity.setSmsMfa(id, principal, input),
    },
    access: {
      readPatientCard: (principal: Principal, patientId: string, origin: Origin) =>
        access.readPatientCard(ac, principal, patientId, origin),
      authorizePatient: (
        principal: Principal,
        patientId: string,
        purpose: access.PatientPurpose,
        origin: Origin,
      ) => access.authorizePatient(ac, principal, patientId, purpose, origin),
      grantEmergencyAccess: (
        principal: Principal,
        input: Parameters<typeof access.grantEmergencyAccess>[2],
      ) => access.grantEmergencyAccess(ac, principal, input),
      reportEmergencyAccesses: (principal: Principal, input: { from: Date; to: Date }) =>
        access.reportEmergencyAccesses(ac, principal, input),
      listWards: (principal: Principal) => access.listWards(ac, principal),
      addWard: (principal: Principal, input: access.AddWardInput) => access.addWard(ac, principal, input),
      endWardLink: (principal: Principal, input: Parameters<typeof access.endWardLink>[2]) =>
        access.endWardLink(ac, principal, input),
      requestProxyConsent: (principal: Principal, input: Parameters<typeof access.requestProxyConsent>[2]) =>
        access.requestProxyConsent(ac, principal, input),
      confirmProxyConsent: (principal: Principal, input: Parameters<typeof access.confirmProxyConsent>[2]) =>
        access.confirmProxyConsent(ac, principal, input),
      listPendingLinks: (principal: Principal) => access.listPendingLinks(ac, principal),
      decideLink: (principal: Principal, input: Parameters<typeof access.decideLink>[2]) =>
        access.decideLink(ac, principal, input),
    },
    privacy: {
      getMyProfile: (principal: Principal, origin: Origin, reveal: boolean) =>
        privacy.getMyProfile(pv, { principal, origin, reveal }),
      listMyConsents: (principal: Principal, origin: Origin) =>
        privacy.listMyConsents(pv, { principal, origin }),
      revokeMyConsent: (principal: Principal, origin: Origin, consentId: string) =>
        privacy.revokeMyConsent(pv, { principal, origin, consentId }),
      exportMyData: (principal: Principal, origin: Origin, format: privacy.ExportFormat) =>
        privacy.exportMyData(pv, { principal, origin, format }),
      createDataRequest: (
        principal: Principal,
        origin: Origin,
        input: { kind: privacy.DataRequestKind; details?: string },
      ) => privacy.createDataRequest(pv, { principal, origin, ...input }),
      listMyDataRequests: (principal: Principal, origin: Origin) =>
        privacy.listMyDataRequests(pv, { principal, origin }),
      listDataRequests: (input: privacy.ListDataRequestsInput) => privacy.listDataRequests(pv, input),
      changeDataRequestStatus: (
        principal: Principal,
        origin: Origin,
        input: { requestId: string; status: privacy.DataRequestDecision },
      ) => privacy.changeDataRequestStatus(pv, { principal, origin, ...input }),
    },
    audit: {
      search: (input: SearchAuditEventsInput) => searchAuditEvents({ audit, clock }, input),
    },
    registry: {
      searchPatients: (principal: Principal, input: registry.PatientSearchInput, origin: Origin) =>
        registry.searchPatients(rg, principal, { ...input, origin }),
    },
    booking: {
      book: (principal: Principal, input: booking.BookAppointmentInput) =>
        booking.bookAppointment(bk, principal, input),
      hold: (principal: Principal, input: Parameters<typeof booking.holdSlot>[2]) =>
        booking.holdSlot(bk, principal, input),
      cancel: (principal: Principal, input: Parameters<typeof booking.cancelAppointment>[2]) =>
        booking.cancelAppointment(bk, principal, input),
      reschedule: (principal: Principal, input: Parameters<typeof booking.rescheduleAppointment>[2]) =>
        booking.rescheduleAppointment(bk, principal, input),
      confirm: (principal: Principal, input: Parameters<typeof booking.confirmAppointment>[2]) =>
        booking.confirmAppointment(bk, principal, input),
      checkIn: (principal: Principal, input: Parameters<typeof booking.checkInAppointment>[2]) =>
        booking.checkInAppointment(bk, principal, input),
      markOutcome: (principal: Principal, input: Parameters<typeof booking.markAppointmentOutcome>[2]) =>
        booking.markAppointmentOutcome(bk, principal, input),
      list: (principal: Principal, input: booking.ListAppointmentsInput) =>
        booking.listAppointments(bk, principal, input),
      get: (principal: Principal, input: Parameters<typeof booking.getAppointment>[2]) =>
        booking.getAppointment(bk, principal, input),
      export: (principal: Principal, input: booking.AppointmentFilterInput) =>
        booking.exportAppointments(bk, principal, input),
    },
    /** Reviews of fulfilled visits and the practitioners' public lists. */
    reviews: createReviewsServices(database, clock, bk),
    waitlist: {
      join: (principal: Principal, input: waitlist.JoinWaitlistInput) =>
        waitlist.joinWaitlist(wl, principal, input),
      list: (principal: Principal) => waitlist.listWaitlist(wl, principal),
      leave: (principal: Principal, entryId: string) => waitlist.leaveWaitlist(wl, principal, { entryId }),
      /** The worker's `waitlist.sweep` on the app's clock (tests move it). */
      sweep: () => waitlist.sweepWaitlist(wl),
    },
    /** `Idempotency-Key` storage for the idempotency plugin (per account, 24 h). */
    idempotency: {
      claim: idempotencyKeys.claim,
      complete: idempotencyKeys.complete,
      release: idempotencyKeys.release,
    },
    clock,
    slots: {
      search: (
        principal: Principal | null,
        input: slotSearch.SlotSearchFilters & slotSearch.PageRequest,
        origin: Origin,
      ) => slotSearch.searchFreeSlots(slotDeps(origin), principal, input),
      calendar: (principal: Principal | null, input: slotSearch.SlotSearchFilters, origin: Origin) =>
        slotSearch.countFreeSlotsByDay(slotDeps(origin), principal, input),
      nearest: (
        principal: Principal | null,
        input: Omit<slotSearch.SlotSearchFilters, 'practitioner'> & slotSearch.PageRequest,
        origin: Origin,
      ) => slotSearch.findNearestSlots(slotDeps(origin), principal, input),
    },
    tickets: {
      get: (principal: Principal, appointmentId: string, origin: Origin) =>
        tickets.getTicket(tk, principal, appointmentId, origin),
      /** Emails the ticket through the outbox (issue 6), a few times an hour per ticket at most. */
      email: (principal: Principal, input: { appointmentId: string; email?: string; origin: Origin }) =>
        tickets.emailTicket(ticketEmail, principal, input),
      now: () => clock.now(),
    },
    scheduling: {
      listSchedules: (input: scheduling.ListScheduleInput) => scheduling.listSchedules(sc, input),
      createSchedule: (input: Parameters<typeof scheduling.createSchedule>[1]) =>
        scheduling.createSchedule(sc, input),
      updateSchedule: (input: Parameters<typeof scheduling.updateSchedule>[1]) =>
        scheduling.updateSchedule(sc, input),
      deleteSchedule: (input: Parameters<typeof scheduling.deleteSchedule>[1]) =>
        scheduling.deleteSchedule(sc, input),
      listExceptions: (input: Parameters<typeof scheduling.listScheduleExceptions>[1]) =>
        scheduling.listScheduleExceptions(sc, input),
      createException: (input: Parameters<typeof scheduling.createScheduleException>[1]) =>
        scheduling.createScheduleException(sc, input),
      deleteException: (input: Parameters<typeof scheduling.deleteScheduleException>[1]) =>
        scheduling.deleteScheduleException(sc, input),
      /** Clinic-side cancellation of a role's period (DESIGN rule 8). */
      cancelPeriod: (input: booking.CancelPeriodInput) => booking.cancelPeriodByClinic(cc, input),
    },
    /** Notification preferences and the signed links of reminder emails (issue 5). */
    notifications: createNotificationsServices(database, clock, config, bk),
    /** Referrals (направления) issued by practitioners to their own patients (issue 6). */
    referrals: createReferralsServices(database, cipher, clock, ac, (ids) => dispatcher.kick(ids)),
    /** In-app notifications, push subscriptions, dead letters, delivery reports (issue 5). */
    notificationsDelivery: createNotificationsDeliveryServices(database, cipher, clock, config, (ids) =>
      dispatcher.kick(ids),
    ),
  };
}

export type Services = Awaited<ReturnType<typeof createServices>>;
