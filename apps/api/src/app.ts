import { randomUUID } from 'node:crypto';
import compress from '@fastify/compress';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import type { Config } from '@talon/config';
import { type Clock, systemClock } from '@talon/core/shared';
import { createFreeSlotPageCache } from '@talon/core/slot-search';
import {
  createFieldCipher,
  createIdempotencyRepository,
  createRateLimitRepository,
  type DatabaseHandle,
  logSafeError,
} from '@talon/db';
import Fastify, { type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { fhirReads } from './composition/fhir.deps';
import { TOKEN_PATH } from './composition/integration-clients.deps';
import { createMessageDispatcher, type MessageDispatcher } from './composition/message-dispatcher';
import { maxConnectionsOf } from './connection-limit';
import { fhirPlugin } from './fhir/fhir.plugin';
import { hl7Plugin } from './hl7/hl7.plugin';
import freeSlotPages from './live/free-slot-pages.plugin';
import live from './live/live.plugin';
import notificationLive from './live/notification-live.plugin';
import videoLive from './live/video-live.plugin';
import { clientAuthenticator, clientCallRecorder } from './oauth/client-access';
import auth from './plugins/auth/auth.plugin';
import idempotency from './plugins/idempotency/idempotency.plugin';
import metrics from './plugins/metrics.plugin';
import openapi from './plugins/openapi.plugin';
import overload from './plugins/overload/overload.plugin';
import { sendFrameworkError } from './plugins/problem-details/framework-errors';
import problemDetails from './plugins/problem-details/problem-details.plugin';
import rateLimit from './plugins/rate-limit/rate-limit.plugin';
import web, { inlineScriptHashes, readWebIndex } from './plugins/web.plugin';
import workInFlight from './plugins/work-in-flight.plugin';
import { adminAnalyticsRoutes } from './routes/admin/analytics.routes';
import { auditRoutes } from './routes/admin/audit.routes';
import { clinicCancellationRoutes } from './routes/admin/clinic-cancellation.routes';
import { adminDataChangesRoutes } from './routes/admin/data-changes.routes';
import { adminDataRequestsRoutes } from './routes/admin/data-requests.routes';
import { adminDocumentsRoutes } from './routes/admin/documents.routes';
import { adminIntegrationClientsRoutes } from './routes/admin/integration-clients.routes';
import { adminNotificationsRoutes } from './routes/admin/notifications.routes';
import { schedulePreviewRoutes } from './routes/admin/schedule-preview.routes';
import { adminSchedulesRoutes } from './routes/admin/schedules.routes';
import { adminStaffAccountsRoutes } from './routes/admin/staff-accounts.routes';
import { adminStatusIncidentsRoutes } from './routes/admin/status-incidents.routes';
import { adminSurveyRoutes } from './routes/admin/surveys.routes';
import { authRoutes } from './routes/auth/auth.routes';
import { meRoutes } from './routes/auth/me.routes';
import { oidcRoutes } from './routes/auth/oidc.routes';
import { demoAccountsRoutes } from './routes/dev/demo-accounts.routes';
import { devJobsRoutes } from './routes/dev/dev-jobs.routes';
import { devMessagesRoutes } from './routes/dev/dev-messages.routes';
import { devPharmacyRoutes } from './routes/dev/dev-pharmacy.routes';
import { devRemindersRoutes } from './routes/dev/dev-reminders.routes';
import { devVideoRoutes } from './routes/dev/dev-video.routes';
import { devWaitingRoomRoutes } from './routes/dev/dev-waiting-room.routes';
import { appointmentExportsRoutes } from './routes/patient/appointment-exports.routes';
import { appointmentReviewRoutes } from './routes/patient/appointment-review.routes';
import { appointmentsRoutes } from './routes/patient/appointments.routes';
import { attachmentRoutes } from './routes/patient/attachment.routes';
import { dataChangesRoutes } from './routes/patient/data-changes.routes';
import { dataRequestsRoutes } from './routes/patient/data-requests.routes';
import { documentRequestsRoutes } from './routes/patient/document-requests.routes';
import { myDataRoutes } from './routes/patient/my-data.routes';
import { myRepresentativesRoutes } from './routes/patient/my-representatives.routes';
import { notificationPreferencesRoutes } from './routes/patient/notification-preferences.routes';
import { notificationsRoutes } from './routes/patient/notifications.routes';
import { pushSubscriptionsRoutes } from './routes/patient/push-subscriptions.routes';
import { recordsRoutes } from './routes/patient/records.routes';
import { referralsRoutes } from './routes/patient/referrals.routes';
import { requestHistoryRoutes } from './routes/patient/request-history.routes';
import { slotHoldsRoutes } from './routes/patient/slot-holds.routes';
import { surveyRoutes } from './routes/patient/surveys.routes';
import { ticketEmailRoutes } from './routes/patient/ticket-email.routes';
import { ticketsRoutes } from './routes/patient/tickets.routes';
import { uploadsRoutes } from './routes/patient/uploads.routes';
import { videoRoutes } from './routes/patient/video.routes';
import { waitlistRoutes } from './routes/patient/waitlist.routes';
import { wardsRoutes } from './routes/patient/wards.routes';
import { absenceRequestsRoutes } from './routes/practitioner/absence-requests.routes';
import { coursesRoutes } from './routes/practitioner/courses.routes';
import { practiceRoutes } from './routes/practitioner/practice.routes';
import { practitionerDocumentsRoutes } from './routes/practitioner/practitioner-documents.routes';
import { qualificationsRoutes } from './routes/practitioner/qualifications.routes';
import { staffApplicationsRoutes } from './routes/practitioner/staff-applications.routes';
import { appointmentLinksRoutes } from './routes/public/appointment-links.routes';
import { directoryRoutes } from './routes/public/directory.routes';
import { documentCheckRoutes } from './routes/public/document-check.routes';
import { oauthRoutes } from './routes/public/oauth.routes';
import { reviewsRoutes } from './routes/public/reviews.routes';
import { slotEventsRoutes } from './routes/public/slot-events.routes';
import { slotsRoutes } from './routes/public/slots.routes';
import { smsStatusRoutes } from './routes/public/sms-status.routes';
import { presentStatus } from './routes/public/status.presenter';
import { STATUS_CACHE_SECONDS, statusRoutes } from './routes/public/status.routes';
import { suggestionsRoutes } from './routes/public/suggestions.routes';
import { symptomGuideRoutes } from './routes/public/symptom-guide.routes';
import { waitingRoomRoutes } from './routes/public/waiting-room.routes';
import { registryAttachmentRoutes } from './routes/registry/attachment-requests.routes';
import { registryPatientPageRoutes } from './routes/registry/patient-page.routes';
import { registryPatientsRoutes } from './routes/registry/patients.routes';
import { representativeLinksRoutes } from './routes/registry/representative-links.routes';
import { checkinRoutes } from './routes/staff/checkin.routes';
import { clinicalReferenceRoutes } from './routes/staff/clinical-reference.routes';
import { practitionerDocumentRequestsRoutes } from './routes/staff/document-requests.routes';
import { encountersRoutes } from './routes/staff/encounters.routes';
import { labOrdersRoutes } from './routes/staff/lab-orders.routes';
import { patientsRoutes } from './routes/staff/patients.routes';
import { prescriptionsRoutes } from './routes/staff/prescriptions.routes';
import { staffReferralsRoutes } from './routes/staff/referrals.routes';
import { helpRoutes } from './routes/support/help.routes';
import { supportDeskRoutes } from './routes/support/support-desk.routes';
import { supportTicketsRoutes } from './routes/support/support-tickets.routes';
import { healthRoutes } from './routes/system/health.routes';
import { createServices, type Services } from './services';
import { createRecentRequests } from './status/recent-requests';
import { createStatusCache } from './status/status-cache';
import waitingRoom from './waiting-room/waiting-room.plugin';

export interface AppOptions {
  config: Config;
  database: DatabaseHandle;
  clock?: Clock;
  /** `false` silences logs (tests). */
  logger?: FastifyServerOptions['logger'];
}

const REQUEST_ID = /^[\w.-]{1,64}$/;

/**
 * Paths whose last segment is a credential: the signed links of reminder emails (`/appointment-links/<token>`,
 * the web page and the API alike). The token is replaced in logs; it would let anyone reading them act on
 * the visit (issue 15, item 11).
 */
const SECRET_PATH_SEGMENT = /(\/appointment-links\/)[^/?#]+/;

/** A request path as logged: no query string (it may hold names), no signed-link token. */
export const loggablePath = (url: string) =>
  (url.split('?')[0] ?? '').replace(SECRET_PATH_SEGMENT, '$1[token]');

/**
 * Logs carry ids, never personal data: no query strings, headers or bodies, no link tokens, and no database
 * error details (`logSafeError`).
 */
export const loggerOptions = (level: string) => ({
  level,
  redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
  serializers: {
    req: (request: { method: string; url: string; id: string }) => ({
      id: request.id,
      method: request.method,
      path: loggablePath(request.url),
    }),
    res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }),
    err: (error: Error) => logSafeError(error) as { type: string; message: string; stack: string },
  },
});

/** Fastify's `trustProxy` for the configured hops (a count becomes proxy-addr's trust-by-hop function). */
const trustProxyOption = (trust: Config['trustProxy']) =>
  typeof trust === 'number'
    ? (_address: string, hop: number) => hop < trust
    : trust === false
      ? false
      : [...trust];

/** Composes the HTTP application: cross-cutting plugins first, then routes, then the web app. */
export async function buildApp(options: AppOptions) {
  const { config, database } = options;
  const app = Fastify({
    logger: options.logger ?? loggerOptions(config.logLevel),
    // A hop count or the proxies' addresses; never "trust everything" (issue 15, item 5).
    trustProxy: trustProxyOption(config.trustProxy),
    bodyLimit: 1024 * 1024,
    routerOptions: { maxParamLength: 200 },
    frameworkErrors: sendFrameworkError,
    // A caller's X-Request-Id is kept when it is safe to log; otherwise a new one is made.
    requestIdHeader: false,
    genReqId: (request) => {
      const incoming = request.headers['x-request-id'];
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    },
  }).withTypeProvider<ZodTypeProvider>();

  // A process out of open files dies; past this bound new connections are closed as they arrive instead.
  const maxConnections = maxConnectionsOf(config.overload.maxConnections);
  if (maxConnections !== null) app.server.maxConnections = maxConnections;
  // First: a graceful stop waits for the requests in flight, even those whose client has gone (main.ts).
  await app.register(workInFlight);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('database', database);
  const clock = options.clock ?? systemClock;
  const dispatcher = createMessageDispatcher();
  app.decorate('messageDispatcher', dispatcher);
  // The status page's request rates; the metrics plugin records every answer (docs/status-page.md).
  const recentRequests = createRecentRequests();
  // 2 000 pages a window: a region's 8:00 crowd asks a few hundred distinct searches; the bound keeps a flood
  // of made-up ones from holding more than a second's worth of small pages.
  const slotPages =
    config.slotSearch.cacheWindowMs > 0
      ? createFreeSlotPageCache({ windowMs: config.slotSearch.cacheWindowMs, maxEntries: 2_000, clock })
      : null;
  app.decorate(
    'services',
    await createServices(database, clock, config, dispatcher, recentRequests, slotPages),
  );
  if (slotPages) await app.register(freeSlotPages, { cache: slotPages });
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  const indexHtml = readWebIndex(config.webDistDir);
  await app.register(problemDetails, { overloadRetryAfterSeconds: config.overload.retryAfterSeconds });
  // Before auth: a process under pressure refuses before it spends a database query on the session.
  // The waiting room (registered next) tells which requests it admitted: those are not shed.
  await app.register(overload, {
    ...config.overload,
    isExempt: (request) => app.waitingRoom.holdsKnownAdmission(request),
  });
  // Before auth too: a request the waiting room refuses costs no session query (docs/waiting-room.md).
  await app.register(waitingRoom, { ...config.waitingRoom, live: config.live, clock });
  await app.register(auth, config.session);
  // Right after auth: staff pass a gating waiting room (their session is known only now).
  app.addHook('onRequest', app.waitingRoom.gateAfterSession);
  await app.register(rateLimit, {
    bookingPerMinute: config.rateLimits.bookingPerMinute,
    counters: createRateLimitRepository(database.db),
    clock,
  });
  // Before compression: it stores the JSON text of the first answer (encrypted) to replay it.
  await app.register(idempotency, {
    keys: createIdempotencyRepository(database.db, createFieldCipher(config.secrets)),
    clock,
  });
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", ...inlineScriptHashes(indexHtml ?? '')],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    // HSTS only makes sense behind TLS; the proxy in front of production sets it.
    strictTransportSecurity: false,
  });
  await app.register(compress, { threshold: 1024 });
  // After idempotency's onSend hook (it stores the answer): a stop waits for that write too.
  app.addHook('onSend', app.workInFlight.ended);
  // Multipart bodies are parsed only by the routes that read them (uploads), each with its own limits.
  await app.register(multipart, { throwFileSizeLimit: true });
  await app.register(metrics, { ...config.metrics, host: config.host, recentRequests });
  await app.register(live, config.live);
  await app.register(notificationLive, config.live);
  await app.register(videoLive, config.live);
  await app.register(openapi);
  await app.register(healthRoutes);
  await app.register(directoryRoutes, { prefix: '/api/v1' });
  await app.register(slotsRoutes, { prefix: '/api/v1' });
  await app.register(slotEventsRoutes, { prefix: '/api/v1' });
  await app.register(waitingRoomRoutes, { prefix: '/api/v1' });
  await app.register(authRoutes, { prefix: '/api/v1' });
  await app.register(meRoutes, { prefix: '/api/v1' });
  if (config.oidc) {
    await app.register(oidcRoutes, {
      prefix: '/api/v1',
      settings: config.oidc,
      lookupKey: config.secrets.lookupKey,
    });
  }
  await app.register(myDataRoutes, { prefix: '/api/v1' });
  await app.register(ticketsRoutes, { prefix: '/api/v1' });
  await app.register(videoRoutes, { prefix: '/api/v1' });
  await app.register(ticketEmailRoutes, { prefix: '/api/v1' });
  await app.register(suggestionsRoutes, { prefix: '/api/v1' });
  await app.register(referralsRoutes, { prefix: '/api/v1' });
  await app.register(staffReferralsRoutes, { prefix: '/api/v1' });
  await app.register(encountersRoutes, { prefix: '/api/v1' });
  await app.register(labOrdersRoutes, { prefix: '/api/v1' });
  await app.register(prescriptionsRoutes, { prefix: '/api/v1' });
  await app.register(clinicalReferenceRoutes, { prefix: '/api/v1' });
  await app.register(recordsRoutes, { prefix: '/api/v1' });
  await app.register(uploadsRoutes, { prefix: '/api/v1' });
  await app.register(documentRequestsRoutes, { prefix: '/api/v1' });
  await app.register(practitionerDocumentRequestsRoutes, { prefix: '/api/v1' });
  await app.register(practitionerDocumentsRoutes, { prefix: '/api/v1' });
  await app.register(documentCheckRoutes, { prefix: '/api/v1' });
  await app.register(symptomGuideRoutes, { prefix: '/api/v1' });
  await app.register(adminDocumentsRoutes, { prefix: '/api/v1' });
  await app.register(appointmentsRoutes, { prefix: '/api/v1' });
  await app.register(appointmentExportsRoutes, { prefix: '/api/v1' });
  await app.register(appointmentReviewRoutes, { prefix: '/api/v1' });
  await app.register(surveyRoutes, { prefix: '/api/v1' });
  await app.register(reviewsRoutes, { prefix: '/api/v1' });
  await app.register(slotHoldsRoutes, { prefix: '/api/v1' });
  await app.register(waitlistRoutes, { prefix: '/api/v1' });
  await app.register(notificationPreferencesRoutes, { prefix: '/api/v1' });
  await app.register(appointmentLinksRoutes, { prefix: '/api/v1' });
  await app.register(checkinRoutes, { prefix: '/api/v1' });
  await app.register(practiceRoutes, { prefix: '/api/v1' });
  await app.register(absenceRequestsRoutes, { prefix: '/api/v1' });
  await app.register(coursesRoutes, { prefix: '/api/v1' });
  await app.register(qualificationsRoutes, { prefix: '/api/v1' });
  await app.register(staffApplicationsRoutes, { prefix: '/api/v1' });
  await app.register(dataRequestsRoutes, { prefix: '/api/v1' });
  await app.register(adminDataRequestsRoutes, { prefix: '/api/v1' });
  await app.register(dataChangesRoutes, { prefix: '/api/v1' });
  await app.register(adminDataChangesRoutes, { prefix: '/api/v1' });
  await app.register(requestHistoryRoutes, { prefix: '/api/v1' });
  await app.register(helpRoutes, { prefix: '/api/v1' });
  await app.register(supportTicketsRoutes, { prefix: '/api/v1' });
  await app.register(supportDeskRoutes, { prefix: '/api/v1' });
  await app.register(adminSchedulesRoutes, { prefix: '/api/v1' });
  await app.register(schedulePreviewRoutes, { prefix: '/api/v1' });
  await app.register(clinicCancellationRoutes, { prefix: '/api/v1' });
  await app.register(wardsRoutes, { prefix: '/api/v1' });
  await app.register(myRepresentativesRoutes, { prefix: '/api/v1' });
  await app.register(patientsRoutes, { prefix: '/api/v1' });
  await app.register(representativeLinksRoutes, { prefix: '/api/v1' });
  await app.register(registryPatientsRoutes, { prefix: '/api/v1' });
  await app.register(attachmentRoutes, { prefix: '/api/v1' });
  await app.register(registryAttachmentRoutes, { prefix: '/api/v1' });
  await app.register(registryPatientPageRoutes, { prefix: '/api/v1' });
  await app.register(auditRoutes, { prefix: '/api/v1' });
  await app.register(adminAnalyticsRoutes, { prefix: '/api/v1' });
  await app.register(adminSurveyRoutes, { prefix: '/api/v1' });
  await app.register(adminStaffAccountsRoutes, { prefix: '/api/v1' });
  await app.register(adminIntegrationClientsRoutes, { prefix: '/api/v1' });
  // OAuth's paths are the standard ones, outside /api/v1 (issue 14).
  await app.register(oauthRoutes, { tokenUrl: `${config.reminders.publicUrl}${TOKEN_PATH}` });
  const statusCache = createStatusCache(
    async () => presentStatus(await app.services.status.publicStatus(null)),
    STATUS_CACHE_SECONDS * 1000,
  );
  await app.register(statusRoutes, { prefix: '/api/v1', cache: statusCache });
  await app.register(adminStatusIncidentsRoutes, { prefix: '/api/v1', cache: statusCache });
  await app.register(notificationsRoutes, { prefix: '/api/v1' });
  await app.register(pushSubscriptionsRoutes, { prefix: '/api/v1' });
  await app.register(adminNotificationsRoutes, { prefix: '/api/v1' });
  await app.register(smsStatusRoutes, { prefix: '/api/v1', secret: config.delivery.smsStatusSecret });
  // The development sink shows one-time codes and the demo accounts' passwords: only in the demo, and never
  // with real keys, whatever TALON_DEMO says (issue 15, item 8).
  if (config.isDemo && config.secrets.usesDemoKeys) {
    await app.register(devMessagesRoutes);
    await app.register(devPharmacyRoutes);
    await app.register(demoAccountsRoutes);
    await app.register(devRemindersRoutes, { config, clock });
    await app.register(devJobsRoutes);
    await app.register(devVideoRoutes, { clock });
    await app.register(devWaitingRoomRoutes);
  }
  // FHIR R4 for integration clients (docs/fhir.md): described by its CapabilityStatement, not the OpenAPI.
  const fhir = fhirReads(database.db, config);
  await app.register(fhirPlugin, {
    prefix: '/fhir/R4',
    authenticateClient: clientAuthenticator(app.services),
    recordClientCall: clientCallRecorder(app.services),
    ...fhir,
    subscriptions: app.services.fhirSubscriptions,
    booking: app.services.clientBooking,
    misSchedules: app.services.misSchedules,
    clock,
  });
  // HL7 v2 SIU for a regional MIS that speaks only v2 (docs/fhir.md «Schedules from a regional MIS»).
  await app.register(hl7Plugin, {
    prefix: '/hl7',
    authenticateClient: clientAuthenticator(app.services),
    recordClientCall: clientCallRecorder(app.services),
    reads: fhir.reads,
    misSchedules: app.services.misSchedules,
    clock,
  });
  await app.register(web, { distDir: config.webDistDir, indexHtml });
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;

declare module 'fastify' {
  interface FastifyInstance {
    database: DatabaseHandle;
    services: Services;
    /** The in-process worker attaches here to hear about new outbox rows at once. */
    messageDispatcher: MessageDispatcher;
  }
}
