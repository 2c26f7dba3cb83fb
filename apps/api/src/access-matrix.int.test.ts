import type { Role } from '@talon/core/identity';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearerSession, PASSWORD, registerPatient, type Session } from './testing/identity-helpers';
import { createStaffSession, logInStaff, type StaffSession } from './testing/staff-helpers';
import { createTestApp, type TestApp } from './testing/test-app';

/**
 * The access matrix: for every route of the OpenAPI document and every role (plus anonymous), who must be
 * let through and who refused. The table is written by hand on purpose — a route added without a line
 * here fails the test, and a line that disagrees with the route's declared rule fails it too.
 */
/** `optional`: public, but a session presented is read (the answer adapts; nobody is refused). */
type Expect = 'public' | 'optional' | 'any-session' | 'mfa-pending-only' | readonly Role[];
const STAFF = [
  'doctor',
  'nurse',
  'registrar',
  'call_centre',
  'clinic_admin',
  'system_admin',
  'support',
] as const;
const EVERYONE: readonly Role[] = ['patient', ...STAFF];
const SUPPORT_DESK: readonly Role[] = ['support', 'system_admin', 'clinic_admin'];

const MATRIX: Record<string, Expect> = {
  'GET /health': 'public',
  'GET /ready': 'public',
  'GET /api/v1/regions': 'public',
  'GET /api/v1/specialties': 'public',
  'GET /api/v1/organizations': 'public',
  'GET /api/v1/organizations/{id}': 'public',
  'GET /api/v1/practitioners': 'public',
  'GET /api/v1/practitioners/{id}': 'public',
  'GET /api/v1/slots': 'optional',
  'GET /api/v1/slots/calendar': 'optional',
  'GET /api/v1/slots/nearest': 'optional',
  'GET /api/v1/slots/events': 'public',
  // The waiting room (issue 16 item 4): anyone; a session presented to join ties the place to the account.
  'POST /api/v1/waiting-room': 'optional',
  'GET /api/v1/waiting-room/{token}': 'public',
  'GET /api/v1/waiting-room/{token}/events': 'public',
  'GET /api/v1/appointments/{id}/ticket.pdf': EVERYONE,
  'GET /api/v1/appointments/{id}/ticket.ics': EVERYONE,
  'GET /api/v1/appointments/{id}/ticket-qr.svg': EVERYONE,
  'POST /api/v1/appointments/{id}/ticket/email': EVERYONE,
  // Video visits (issue 17 item 1): any signed-in caller may ask; only the visit's patient side and its
  // practitioner get in, while the room is open (404 otherwise).
  'GET /api/v1/visits/{appointmentId}/room': EVERYONE,
  'GET /api/v1/visits/{appointmentId}/room/events': EVERYONE,
  'POST /api/v1/visits/{appointmentId}/room/signal': EVERYONE,
  'POST /api/v1/visits/{appointmentId}/room/files': EVERYONE,
  'POST /api/v1/visits/{appointmentId}/room/admit': EVERYONE,
  'POST /api/v1/visits/{appointmentId}/room/phone': EVERYONE,
  'POST /api/v1/referrals': ['doctor'],
  'GET /api/v1/referrals': ['patient', 'registrar', 'call_centre'],
  // The visit record and e-prescriptions (issue 12, items 3 and 4): practitioners; the care relation is
  // checked per patient (404 otherwise).
  'POST /api/v1/encounters': ['doctor', 'nurse'],
  'PUT /api/v1/encounters/{id}': ['doctor', 'nurse'],
  'POST /api/v1/encounters/{id}/finish': ['doctor', 'nurse'],
  'POST /api/v1/encounters/{id}/amendments': ['doctor', 'nurse'],
  'GET /api/v1/encounters/{id}/versions': ['doctor', 'nurse'],
  'GET /api/v1/encounters/{id}/prescriptions': ['doctor', 'nurse'],
  'POST /api/v1/prescriptions': ['doctor', 'nurse'],
  'POST /api/v1/prescriptions/{id}/sign': ['doctor', 'nurse'],
  'POST /api/v1/prescriptions/{id}/send': ['doctor', 'nurse'],
  'POST /api/v1/prescriptions/{id}/cancel': ['doctor', 'nurse'],
  'GET /api/v1/reference/icd10': ['doctor', 'nurse'],
  'GET /api/v1/reference/medicines': ['doctor', 'nurse'],
  'GET /api/v1/reference/visit-templates': ['doctor', 'nurse'],
  // Laboratory orders (issue 12 items 1 and 3): practitioners; the care relation and the order's clinic are
  // checked per order (404 otherwise).
  'GET /api/v1/reference/lab-tests': ['doctor', 'nurse'],
  'POST /api/v1/encounters/{id}/lab-orders': ['doctor', 'nurse'],
  'GET /api/v1/encounters/{id}/lab-orders': ['doctor', 'nurse'],
  'GET /api/v1/practitioner/lab-orders': ['doctor', 'nurse'],
  'GET /api/v1/lab-orders/{id}': ['doctor', 'nurse'],
  'POST /api/v1/lab-orders/{id}/revoke': ['doctor', 'nurse'],
  'POST /api/v1/lab-orders/{id}/results': ['doctor', 'nurse'],
  'GET /api/v1/practitioner/results-to-review': ['doctor', 'nurse'],
  'POST /api/v1/practitioner/results/{reportId}/review': ['doctor', 'nurse'],
  'GET /api/v1/records/lab-orders': EVERYONE,
  // The medical record: any signed-in caller may ask; the policy's `medical` purpose answers 404 to the rest.
  'GET /api/v1/records/summary': EVERYONE,
  'GET /api/v1/records/encounters': EVERYONE,
  'GET /api/v1/records/conditions': EVERYONE,
  'GET /api/v1/records/observations': EVERYONE,
  'GET /api/v1/records/observations/trend': EVERYONE,
  'GET /api/v1/records/documents': EVERYONE,
  'GET /api/v1/records/documents/{id}/file': EVERYONE,
  'GET /api/v1/records/prescriptions': EVERYONE,
  'GET /api/v1/records/immunizations': EVERYONE,
  'GET /api/v1/records/coverage': EVERYONE,
  // Certificates and extracts: any signed-in caller may ask; the `medical` purpose answers 404 to the rest.
  'POST /api/v1/document-requests': EVERYONE,
  'GET /api/v1/document-requests': EVERYONE,
  'POST /api/v1/document-requests/{id}/email': EVERYONE,
  'POST /api/v1/practitioner/document-requests/{id}/sign': ['doctor', 'nurse'],
  'POST /api/v1/practitioner/document-requests/{id}/reject': ['doctor', 'nurse'],
  'GET /api/v1/practitioner/documents': ['doctor', 'nurse'],
  'POST /api/v1/practitioner/documents': ['doctor', 'nurse'],
  'GET /api/v1/practitioner/documents/{id}': ['doctor', 'nurse'],
  'PUT /api/v1/practitioner/documents/{id}': ['doctor', 'nurse'],
  'POST /api/v1/practitioner/documents/{id}/sign': ['doctor', 'nurse'],
  'GET /api/v1/practitioner/documents/{id}/file': ['doctor', 'nurse'],
  'GET /api/v1/documents/verify': 'public',
  'GET /api/v1/status': 'public',
  'POST /api/v1/admin/status/incidents': ['system_admin'],
  // Staff accounts (issue 13 item 3): admins; a clinic admin's scope is checked per clinic (404 otherwise).
  'GET /api/v1/admin/staff': ['system_admin', 'clinic_admin'],
  // «Клиники»: every clinic for a system admin, a clinic admin's own; another clinic is 404.
  'GET /api/v1/admin/clinics': ['system_admin', 'clinic_admin'],
  'GET /api/v1/admin/clinics/{organizationId}': ['system_admin', 'clinic_admin'],
  'POST /api/v1/admin/staff/invitations': ['system_admin', 'clinic_admin'],
  'PUT /api/v1/admin/staff/{accountId}/roles': ['system_admin', 'clinic_admin'],
  'POST /api/v1/admin/staff/{accountId}/block': ['system_admin', 'clinic_admin'],
  'POST /api/v1/admin/staff/{accountId}/unblock': ['system_admin', 'clinic_admin'],
  'POST /api/v1/staff-invitations/{token}/accept': 'public',
  // Integration clients (issue 14): the system admin's; a clinic admin is refused by the use case (audited).
  'GET /api/v1/admin/integration-clients': ['system_admin'],
  'POST /api/v1/admin/integration-clients': ['system_admin'],
  'POST /api/v1/admin/integration-clients/{id}/revoke': ['system_admin'],
  // OAuth 2.0 (issue 14): anyone may ask; the client authenticates in the request (400/401 RFC 6749 errors).
  'POST /oauth/token': 'public',
  'GET /.well-known/smart-configuration': 'public',
  'POST /api/v1/admin/status/incidents/{id}/updates': ['system_admin'],
  'GET /api/v1/documents/check/{code}': 'public',
  'POST /api/v1/admin/documents/{id}/revoke': ['clinic_admin'],
  'GET /api/v1/admin/document-requests': ['registrar', 'clinic_admin', 'system_admin'],
  'POST /api/v1/uploads': EVERYONE,
  'GET /api/v1/uploads/{id}': EVERYONE,
  'GET /api/v1/search/suggestions': 'public',
  // The symptom guide (issue 17 item 4): anyone, rate-limited per address.
  'GET /api/v1/symptom-guide': 'public',
  'POST /api/v1/symptom-guide': 'public',
  'POST /api/v1/appointments': ['patient', 'registrar', 'call_centre', 'doctor', 'nurse'],
  'GET /api/v1/appointments': ['patient', 'registrar', 'call_centre'],
  'GET /api/v1/appointments/{id}': ['patient', 'registrar', 'call_centre', 'doctor', 'nurse'],
  'POST /api/v1/appointments/{id}/cancel': ['patient', 'registrar', 'call_centre'],
  'POST /api/v1/appointments/{id}/reschedule': ['patient', 'registrar', 'call_centre'],
  'POST /api/v1/appointments/{id}/confirm': ['patient'],
  'POST /api/v1/appointments/{id}/fulfil': ['doctor', 'nurse'],
  'POST /api/v1/appointments/{id}/noshow': ['doctor', 'nurse'],
  'POST /api/v1/appointments/{id}/review': ['patient'],
  'POST /api/v1/appointments/{id}/survey': ['patient'],
  'GET /api/v1/appointments/{id}/survey': ['patient'],
  'GET /api/v1/surveys/pending': ['patient'],
  'GET /api/v1/appointments/export.csv': ['patient', 'registrar', 'call_centre'],
  'GET /api/v1/appointments/export.pdf': ['patient', 'registrar', 'call_centre'],
  'GET /api/v1/practitioners/{id}/reviews': 'public',
  // A doctor or nurse holds and books a follow-up for a patient in care (issue 12; channel `doctor`).
  'POST /api/v1/slots/{id}/hold': ['patient', 'registrar', 'call_centre', 'doctor', 'nurse'],
  'POST /api/v1/waitlist': ['patient'],
  'GET /api/v1/waitlist': ['patient'],
  'DELETE /api/v1/waitlist/{id}': ['patient'],
  'POST /api/v1/checkin': ['registrar', 'doctor', 'nurse'],
  'GET /api/v1/practitioner/appointments': ['doctor', 'nurse'],
  'POST /api/v1/practitioner/appointments/{id}/outcome': ['doctor', 'nurse'],
  'GET /api/v1/practitioner/patients': ['doctor', 'nurse'],
  'POST /api/v1/practitioner/absence-requests': ['doctor', 'nurse'],
  'GET /api/v1/practitioner/absence-requests': ['doctor', 'nurse'],
  'GET /api/v1/admin/absence-requests': ['clinic_admin', 'system_admin'],
  'POST /api/v1/admin/absence-requests/{id}/decision': ['clinic_admin', 'system_admin'],
  'GET /api/v1/courses': ['doctor', 'nurse', 'clinic_admin', 'system_admin'],
  'GET /api/v1/courses/{id}': ['doctor', 'nurse', 'clinic_admin', 'system_admin'],
  'GET /api/v1/courses/{id}/calendar.ics': ['doctor', 'nurse', 'clinic_admin', 'system_admin'],
  'POST /api/v1/courses/{id}/enrollments': ['doctor', 'nurse'],
  'GET /api/v1/practitioner/course-enrollments': ['doctor', 'nurse'],
  'POST /api/v1/practitioner/course-enrollments/{id}/cancel': ['doctor', 'nurse'],
  'GET /api/v1/admin/course-enrollments': ['clinic_admin', 'system_admin'],
  'POST /api/v1/admin/course-enrollments/{id}/decision': ['clinic_admin', 'system_admin'],
  'GET /api/v1/admin/courses/report': ['clinic_admin', 'system_admin'],
  'GET /api/v1/admin/courses/report.csv': ['clinic_admin', 'system_admin'],
  'POST /api/v1/me/staff-applications': ['doctor', 'nurse'],
  'GET /api/v1/me/staff-applications': ['doctor', 'nurse'],
  'GET /api/v1/me/staff-applications/{id}': ['doctor', 'nurse'],
  'GET /api/v1/admin/staff-applications': ['clinic_admin', 'system_admin'],
  'POST /api/v1/admin/staff-applications/{id}/review': ['clinic_admin', 'system_admin'],
  'POST /api/v1/admin/staff-applications/{id}/approve': ['clinic_admin', 'system_admin'],
  'POST /api/v1/admin/staff-applications/{id}/reject': ['clinic_admin', 'system_admin'],
  'POST /api/v1/me/staff-certificates': ['doctor', 'nurse'],
  'GET /api/v1/me/staff-certificates': ['doctor', 'nurse'],
  'GET /api/v1/me/staff-certificates/{id}/file': ['doctor', 'nurse'],
  'GET /api/v1/me/qualifications': ['doctor', 'nurse'],
  'POST /api/v1/me/qualifications': ['doctor', 'nurse'],
  'PUT /api/v1/me/qualifications/{id}': ['doctor', 'nurse'],
  'GET /api/v1/me/qualifications/changes': ['doctor', 'nurse'],
  'GET /api/v1/admin/qualifications/expiring': ['clinic_admin', 'system_admin'],
  'GET /api/v1/dev/messages': 'public',
  'POST /api/v1/dev/jobs/accreditation-reminders': 'public',
  'GET /api/v1/dev/pharmacy/prescriptions': 'public',
  'POST /api/v1/dev/pharmacy/prescriptions/{id}/dispense': 'public',
  'GET /api/v1/dev/demo-accounts': 'public',
  'POST /api/v1/dev/appointments/{id}/reminder-email': 'public',
  'POST /api/v1/dev/appointments/{id}/start-video-now': 'public',
  'POST /api/v1/dev/waiting-room/drill': 'public',
  'GET /api/v1/auth/consent': 'public',
  'POST /api/v1/auth/register': 'public',
  'POST /api/v1/auth/register/resend': 'public',
  'POST /api/v1/auth/register/confirm': 'public',
  'POST /api/v1/auth/login': 'public',
  'POST /api/v1/auth/password-reset': 'public',
  'POST /api/v1/auth/password-reset/confirm': 'public',
  'GET /api/v1/auth/login/mfa': 'mfa-pending-only',
  'POST /api/v1/auth/login/mfa': 'mfa-pending-only',
  'POST /api/v1/auth/login/mfa/sms': 'mfa-pending-only',
  'POST /api/v1/auth/logout': 'any-session',
  'POST /api/v1/auth/logout-all': EVERYONE,
  'GET /api/v1/me': EVERYONE,
  'GET /api/v1/me/sessions': EVERYONE,
  'DELETE /api/v1/me/sessions/{id}': EVERYONE,
  'POST /api/v1/me/password': EVERYONE,
  'POST /api/v1/me/mfa/totp': EVERYONE,
  'POST /api/v1/me/mfa/totp/confirm': EVERYONE,
  'POST /api/v1/me/mfa/totp/disable': EVERYONE,
  'POST /api/v1/me/mfa/recovery-codes': EVERYONE,
  'PUT /api/v1/me/mfa/sms': EVERYONE,
  'GET /api/v1/me/notification-preferences': EVERYONE,
  'PUT /api/v1/me/notification-preferences': EVERYONE,
  'GET /api/v1/appointment-links/{token}': 'public',
  'POST /api/v1/appointment-links/{token}': 'public',
  'GET /api/v1/me/profile': ['patient'],
  'POST /api/v1/me/profile/reveal': ['patient'],
  'GET /api/v1/me/consents': ['patient'],
  'POST /api/v1/me/consents/{id}/revoke': ['patient'],
  'GET /api/v1/me/export': ['patient'],
  'GET /api/v1/me/data-requests': ['patient'],
  'POST /api/v1/me/data-requests': ['patient'],
  'GET /api/v1/me/attachment-requests': ['patient'],
  'POST /api/v1/me/attachment-requests': ['patient'],
  // The support desk (issue 17 item 2): the knowledge base is public; one's own tickets from any cabinet;
  // the desk is the operators' and admins' (a clinic admin sees their clinics' tickets, 404 for the rest).
  'GET /api/v1/help/articles': 'public',
  'GET /api/v1/help/articles/{slug}': 'public',
  'PUT /api/v1/help/articles/{slug}': ['system_admin', 'support'],
  'PUT /api/v1/admin/staff/{accountId}/support-operator': ['system_admin'],
  'GET /api/v1/help/availability': 'public',
  'POST /api/v1/me/support-tickets': EVERYONE,
  'GET /api/v1/me/support-tickets': EVERYONE,
  'GET /api/v1/me/support-tickets/{id}': EVERYONE,
  'POST /api/v1/me/support-tickets/{id}/messages': EVERYONE,
  'POST /api/v1/me/support-tickets/{id}/close': EVERYONE,
  'GET /api/v1/support/tickets': SUPPORT_DESK,
  'GET /api/v1/support/tickets/{id}': SUPPORT_DESK,
  'POST /api/v1/support/tickets/{id}/assign': SUPPORT_DESK,
  'POST /api/v1/support/tickets/{id}/messages': SUPPORT_DESK,
  'POST /api/v1/support/tickets/{id}/status': SUPPORT_DESK,
  'GET /api/v1/support/metrics': SUPPORT_DESK,
  'GET /api/v1/support/canned-answers': ['support', 'system_admin'],
  'POST /api/v1/support/canned-answers': ['support', 'system_admin'],
  'PUT /api/v1/support/canned-answers/{id}': ['support', 'system_admin'],
  'GET /api/v1/me/data-change-requests': ['patient'],
  'POST /api/v1/me/data-change-requests': ['patient'],
  'POST /api/v1/me/data-change-requests/{id}/confirm': ['patient'],
  'POST /api/v1/me/data-change-requests/{id}/code': ['patient'],
  'GET /api/v1/me/request-history': ['patient'],
  'GET /api/v1/me/request-history.csv': ['patient'],
  'GET /api/v1/me/request-history.pdf': ['patient'],
  'GET /api/v1/me/wards': ['patient'],
  'POST /api/v1/me/wards': ['patient'],
  'POST /api/v1/me/wards/{id}/confirm': ['patient'],
  'POST /api/v1/me/wards/{id}/code': ['patient'],
  'POST /api/v1/me/wards/{id}/end': ['patient'],
  'GET /api/v1/me/representatives': ['patient'],
  'PUT /api/v1/me/representatives/{id}/medical-access': ['patient'],
  'POST /api/v1/me/proxies': ['patient'],
  'POST /api/v1/me/proxies/{id}/confirm': ['patient'],
  'GET /api/v1/patients/{id}': EVERYONE,
  'POST /api/v1/patients/{id}/emergency-access': ['doctor', 'nurse'],
  'GET /api/v1/registry/representative-links': ['registrar', 'clinic_admin', 'system_admin'],
  'POST /api/v1/registry/representative-links/{id}/decision': ['registrar', 'clinic_admin', 'system_admin'],
  'POST /api/v1/registry/patients/search': ['registrar', 'call_centre', 'clinic_admin'],
  'GET /api/v1/registry/attachment-requests': ['registrar', 'clinic_admin', 'system_admin'],
  'POST /api/v1/registry/attachment-requests/{id}/decision': ['registrar', 'clinic_admin', 'system_admin'],
  'POST /api/v1/registry/patients/{id}/attachment': ['registrar', 'clinic_admin', 'system_admin'],
  'POST /api/v1/registry/patients': ['registrar', 'call_centre'],
  'GET /api/v1/registry/queue': ['registrar'],
  'GET /api/v1/registry/patients/{patientId}/waitlist': ['registrar', 'call_centre'],
  'DELETE /api/v1/registry/patients/{patientId}/waitlist/{entryId}': ['registrar', 'call_centre'],
  'GET /api/v1/registry/patients/{patientId}/representatives': ['registrar', 'call_centre'],
  'GET /api/v1/admin/audit-events': ['clinic_admin', 'system_admin'],
  'POST /api/v1/admin/audit/verify': ['system_admin'],
  'GET /api/v1/admin/analytics/waits': ['system_admin', 'clinic_admin'],
  'GET /api/v1/admin/analytics/surveys': ['system_admin', 'clinic_admin'],
  'POST /api/v1/admin/surveys/{id}/answer': ['system_admin', 'clinic_admin'],
  'GET /api/v1/admin/analytics/load': ['system_admin', 'clinic_admin'],
  'GET /api/v1/admin/analytics/load.csv': ['system_admin', 'clinic_admin'],
  'GET /api/v1/me/notifications': EVERYONE,
  'GET /api/v1/me/notifications/unread-count': EVERYONE,
  'POST /api/v1/me/notifications/{id}/read': EVERYONE,
  'POST /api/v1/me/notifications/read-all': EVERYONE,
  'GET /api/v1/me/notifications/events': EVERYONE,
  'GET /api/v1/me/push-subscriptions': EVERYONE,
  'POST /api/v1/me/push-subscriptions': EVERYONE,
  'DELETE /api/v1/me/push-subscriptions': EVERYONE,
  'DELETE /api/v1/me/push-subscriptions/{id}': EVERYONE,
  'GET /api/v1/push/vapid-public-key': 'public',
  'POST /api/v1/sms/delivery-status': 'public',
  'GET /api/v1/admin/notifications': ['system_admin'],
  'POST /api/v1/admin/notifications/{id}/retry': ['system_admin'],
  'GET /api/v1/admin/data-requests': ['system_admin', 'clinic_admin'],
  'POST /api/v1/admin/data-requests/{id}/status': ['system_admin', 'clinic_admin'],
  'GET /api/v1/admin/data-change-requests': ['registrar', 'clinic_admin', 'system_admin'],
  'POST /api/v1/admin/data-change-requests/{id}/decision': ['registrar', 'clinic_admin', 'system_admin'],
  'POST /api/v1/admin/data-change-requests/{id}/apply': ['registrar', 'clinic_admin', 'system_admin'],
  'GET /api/v1/admin/emergency-accesses': ['system_admin', 'clinic_admin'],
  'GET /api/v1/admin/schedules': ['clinic_admin', 'system_admin'],
  'POST /api/v1/admin/schedules': ['clinic_admin', 'system_admin'],
  'PUT /api/v1/admin/schedules/{id}': ['clinic_admin', 'system_admin'],
  'DELETE /api/v1/admin/schedules/{id}': ['clinic_admin', 'system_admin'],
  'POST /api/v1/admin/schedules/preview': ['clinic_admin', 'system_admin'],
  'GET /api/v1/admin/schedule-exceptions': ['clinic_admin', 'system_admin'],
  'POST /api/v1/admin/schedule-exceptions': ['clinic_admin', 'system_admin'],
  'DELETE /api/v1/admin/schedule-exceptions/{id}': ['clinic_admin', 'system_admin'],
  'POST /api/v1/admin/practitioner-roles/{id}/cancel-period': ['clinic_admin', 'system_admin'],
  'POST /api/v1/admin/practitioner-roles/{id}/cancel-period/preview': ['clinic_admin', 'system_admin'],
};

type Actor = 'anonymous' | Role;
const ACTORS: Actor[] = ['anonymous', ...EVERYONE];
/** Routes that end the caller's session when they succeed: the actor logs in again afterwards. */
const ENDS_SESSION = new Set(['POST /api/v1/auth/logout', 'POST /api/v1/auth/logout-all']);

let t: TestApp;
const sessions = new Map<Actor, Session>();
let patientLogin = '';
const staff = new Map<Role, StaffSession>();

async function logIn(actor: Actor): Promise<Session> {
  if (actor === 'anonymous') return { cookie: '', csrf: '', headers: {} };
  if (actor === 'patient') {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { login: patientLogin, password: PASSWORD, tokenType: 'bearer' },
    });
    return bearerSession(res.json().token);
  }
  const account = staff.get(actor)!;
  return logInStaff(t, account.email, account.totp, 'bearer');
}

beforeAll(async () => {
  t = await createTestApp({ worker: true });
  patientLogin = (await registerPatient(t)).body.phone as string;
  for (const role of STAFF) staff.set(role, await createStaffSession(t, role, { transport: 'bearer' }));
  for (const actor of ACTORS) sessions.set(actor, await logIn(actor));
});
afterAll(() => t?.close());

const allows = (rule: Expect, actor: Actor): boolean => {
  if (rule === 'public' || rule === 'optional') return true;
  if (actor === 'anonymous') return false;
  if (rule === 'any-session') return true;
  if (rule === 'mfa-pending-only') return false;
  return rule.includes(actor);
};

describe('access matrix', () => {
  // The routes are the OpenAPI document's. `/fhir/R4` is left out of it on purpose: FHIR is described by its
  // CapabilityStatement, and its access (bearer token of an integration client, SMART scope per interaction)
  // is tested in apps/api/src/fhir/fhir.int.test.ts. `POST /hl7/v2` (HL7 v2 SIU, the same bearer and scopes as the
  // FHIR Slot push) is left out likewise and tested in apps/api/src/fhir/inbound/mis-schedules.int.test.ts.
  it('has a line for every route of the OpenAPI document, and no line for a route that is gone', async () => {
    const document = (await t.app.inject('/api/docs/json')).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    const routes = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(
      routes.filter((route) => !(route in MATRIX)),
      'routes without an expected access policy',
    ).toEqual([]);
    expect(
      Object.keys(MATRIX).filter((route) => !routes.includes(route)),
      'matrix lines without a route',
    ).toEqual([]);
  });

  for (const [route, rule] of Object.entries(MATRIX)) {
    // Logging every staff actor in again may wait for the next TOTP step (each code is accepted once): 30 s.
    const timeout = ENDS_SESSION.has(route) ? 75_000 : undefined;
    it(`${route}: ${typeof rule === 'string' ? rule : rule.join(', ')}`, { timeout }, async () => {
      const [method, path] = route.split(' ') as [string, string];
      const url = path.replaceAll(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000');
      for (const actor of ACTORS) {
        const session = sessions.get(actor)!;
        const res = await t.app.inject({
          method: method as 'GET',
          url,
          headers: session.headers,
          ...(method === 'GET' || method === 'DELETE' ? {} : { payload: {} }),
        });
        const verdict = `${actor} → ${res.statusCode} ${res.body.slice(0, 120)}`;
        if (allows(rule, actor)) {
          expect([401, 403], verdict).not.toContain(res.statusCode);
        } else {
          expect(res.statusCode, verdict).toBe(actor === 'anonymous' ? 401 : 403);
        }
        expect(res.statusCode, verdict).toBeLessThan(500);
        if (ENDS_SESSION.has(route) && res.statusCode === 204) sessions.set(actor, await logIn(actor));
      }
    });
  }
});
