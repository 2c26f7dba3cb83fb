import { createServer } from 'node:net';
import { Validator } from '@seriousme/openapi-schema-validator';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, metricsHeaders, type TestApp } from './testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

describe('health and readiness', () => {
  it('/health answers while the process is up', async () => {
    const res = await t.app.inject('/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('/ready answers once the database is reachable and migrated', async () => {
    const res = await t.app.inject('/ready');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ready' });
  });
});

describe('errors', () => {
  it('answers unknown API routes with 404 problem+json in Russian', async () => {
    const res = await t.app.inject('/api/v1/nothing-here?x=1');
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({
      type: 'urn:talon:problem:not-found',
      title: 'Не найдено',
      status: 404,
      code: 'NOT_FOUND',
      instance: '/api/v1/nothing-here',
    });
    expect(res.json().detail).toMatch(/не найден/);
  });

  it('answers a malformed JSON body with 400, not 500', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/regions',
      headers: { 'content-type': 'application/json' },
      payload: '{"broken":',
    });
    expect(res.statusCode).toBeLessThan(500);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it.each([
    ['empty', '', 'empty'],
    ['unreadable', '{"login":', 'invalid_json'],
  ])('answers an %s JSON body with a Russian problem naming the body', async (_, payload, reason) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload,
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({ code: 'BAD_REQUEST', errors: [{ field: 'body', code: reason }] });
    expect(res.json().detail).toMatch(/Тело запроса/);
  });

  it("answers URLs the router cannot read with Russian problems, not Fastify's English JSON", async () => {
    const badUrl = await t.app.inject('/api/v1/organizations/%E0%A4%A');
    expect(badUrl.statusCode).toBe(400);
    expect(badUrl.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(badUrl.json()).toMatchObject({ code: 'BAD_URL', title: 'Некорректный запрос' });
    expect(badUrl.json().detail).toMatch(/недопустимые символы/);

    const tooLong = await t.app.inject(`/api/v1/organizations/${'a'.repeat(300)}`);
    expect(tooLong.statusCode).toBe(414);
    expect(tooLong.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(tooLong.json()).toMatchObject({ code: 'URI_TOO_LONG', errors: [{ field: 'path' }] });
    expect(tooLong.json().detail).toMatch(/слишком длинный/);
  });

  it('never answers 500 to malformed query strings on any directory endpoint', async () => {
    const paths = ['/api/v1/organizations', '/api/v1/practitioners'];
    const params = ['region', 'kind', 'q', 'near', 'page', 'pageSize', 'specialty', 'organization'];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...paths),
        fc.dictionary(fc.constantFrom(...params), fc.string({ unit: 'binary', maxLength: 40 }), {
          maxKeys: 4,
        }),
        async (path, query) => {
          const qs = new URLSearchParams(query).toString();
          const res = await t.app.inject(`${path}?${qs}`);
          expect(res.statusCode, `${path}?${qs}`).toBeLessThan(500);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('never answers 500 to malformed ids', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', minLength: 1, maxLength: 60 }), async (id) => {
        for (const base of ['/api/v1/organizations/', '/api/v1/practitioners/']) {
          const res = await t.app.inject(base + encodeURIComponent(id));
          expect(res.statusCode, base + id).toBeLessThan(500);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('OpenAPI', () => {
  it('/api/docs/json is a valid OpenAPI 3.1 document listing every API route', async () => {
    const res = await t.app.inject('/api/docs/json');
    expect(res.statusCode).toBe(200);
    const document = res.json();
    expect(document.openapi).toBe('3.1.0');
    const result = await new Validator().validate(document);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    // `/fhir/R4` is not here: FHIR is described by its CapabilityStatement (docs/fhir.md); nor is `/hl7/v2`, the
    // HL7 v2 twin of the FHIR Slot push (its messages are HL7's, not JSON).
    const documented = Object.keys(document.paths).sort();
    expect(documented).toEqual(
      [
        '/api/v1/admin/data-change-requests',
        '/api/v1/admin/data-change-requests/{id}/apply',
        '/api/v1/admin/data-change-requests/{id}/decision',
        '/api/v1/admin/data-requests',
        '/api/v1/admin/data-requests/{id}/status',
        '/api/v1/auth/consent',
        '/api/v1/auth/login',
        '/api/v1/auth/login/mfa',
        '/api/v1/auth/login/mfa/sms',
        '/api/v1/auth/logout',
        '/api/v1/auth/logout-all',
        '/api/v1/auth/password-reset',
        '/api/v1/auth/password-reset/confirm',
        '/api/v1/auth/register',
        '/api/v1/auth/register/confirm',
        '/api/v1/auth/register/resend',
        '/api/v1/dev/appointments/{id}/reminder-email',
        '/api/v1/dev/appointments/{id}/start-video-now',
        '/api/v1/dev/waiting-room/drill',
        '/api/v1/dev/demo-accounts',
        '/api/v1/dev/jobs/accreditation-reminders',
        '/api/v1/dev/messages',
        '/api/v1/dev/pharmacy/prescriptions',
        '/api/v1/dev/pharmacy/prescriptions/{id}/dispense',
        '/api/v1/me',
        '/api/v1/me/consents',
        '/api/v1/me/consents/{id}/revoke',
        '/api/v1/me/attachment-requests',
        '/api/v1/me/data-change-requests',
        '/api/v1/me/data-change-requests/{id}/code',
        '/api/v1/me/data-change-requests/{id}/confirm',
        '/api/v1/me/data-requests',
        '/api/v1/me/support-tickets',
        '/api/v1/me/support-tickets/{id}',
        '/api/v1/me/support-tickets/{id}/close',
        '/api/v1/me/support-tickets/{id}/messages',
        '/api/v1/admin/staff/{accountId}/support-operator',
        '/api/v1/help/articles',
        '/api/v1/help/articles/{slug}',
        '/api/v1/help/availability',
        '/api/v1/support/canned-answers',
        '/api/v1/support/canned-answers/{id}',
        '/api/v1/support/metrics',
        '/api/v1/support/tickets',
        '/api/v1/support/tickets/{id}',
        '/api/v1/support/tickets/{id}/assign',
        '/api/v1/support/tickets/{id}/messages',
        '/api/v1/support/tickets/{id}/status',
        '/api/v1/me/request-history',
        '/api/v1/me/request-history.csv',
        '/api/v1/me/request-history.pdf',
        '/api/v1/me/export',
        '/api/v1/me/profile',
        '/api/v1/me/profile/reveal',
        '/api/v1/me/mfa/recovery-codes',
        '/api/v1/me/mfa/sms',
        '/api/v1/me/mfa/totp',
        '/api/v1/me/mfa/totp/confirm',
        '/api/v1/me/mfa/totp/disable',
        '/api/v1/me/password',
        '/api/v1/me/sessions',
        '/api/v1/me/sessions/{id}',
        '/api/v1/organizations',
        '/api/v1/organizations/{id}',
        '/api/v1/practitioners',
        '/api/v1/practitioners/{id}',
        '/api/v1/me/wards',
        '/api/v1/me/wards/{id}/confirm',
        '/api/v1/me/wards/{id}/code',
        '/api/v1/me/wards/{id}/end',
        '/api/v1/me/representatives',
        '/api/v1/me/representatives/{id}/medical-access',
        '/api/v1/me/proxies',
        '/api/v1/me/proxies/{id}/confirm',
        '/api/v1/patients/{id}',
        '/api/v1/patients/{id}/emergency-access',
        '/api/v1/registry/representative-links',
        '/api/v1/registry/representative-links/{id}/decision',
        '/api/v1/registry/patients/search',
        '/api/v1/registry/attachment-requests',
        '/api/v1/registry/attachment-requests/{id}/decision',
        '/api/v1/registry/patients/{id}/attachment',
        '/api/v1/registry/patients',
        '/api/v1/registry/queue',
        '/api/v1/registry/patients/{patientId}/waitlist',
        '/api/v1/registry/patients/{patientId}/waitlist/{entryId}',
        '/api/v1/registry/patients/{patientId}/representatives',
        '/api/v1/admin/audit-events',
        '/api/v1/admin/audit/verify',
        '/api/v1/admin/analytics/waits',
        '/api/v1/admin/analytics/load',
        '/api/v1/admin/analytics/load.csv',
        '/api/v1/admin/analytics/surveys',
        '/api/v1/admin/surveys/{id}/answer',
        '/api/v1/admin/staff',
        '/api/v1/admin/clinics',
        '/api/v1/admin/clinics/{organizationId}',
        '/api/v1/admin/staff/invitations',
        '/api/v1/admin/staff/{accountId}/roles',
        '/api/v1/admin/staff/{accountId}/block',
        '/api/v1/admin/staff/{accountId}/unblock',
        '/api/v1/staff-invitations/{token}/accept',
        '/api/v1/admin/integration-clients',
        '/api/v1/admin/integration-clients/{id}/revoke',
        '/oauth/token',
        '/.well-known/smart-configuration',
        '/api/v1/status',
        '/api/v1/admin/status/incidents',
        '/api/v1/admin/status/incidents/{id}/updates',
        '/api/v1/admin/emergency-accesses',
        '/api/v1/admin/schedules',
        '/api/v1/admin/schedules/{id}',
        '/api/v1/admin/schedules/preview',
        '/api/v1/admin/schedule-exceptions',
        '/api/v1/admin/schedule-exceptions/{id}',
        '/api/v1/admin/practitioner-roles/{id}/cancel-period',
        '/api/v1/admin/practitioner-roles/{id}/cancel-period/preview',
        '/api/v1/regions',
        '/api/v1/slots',
        '/api/v1/slots/calendar',
        '/api/v1/slots/nearest',
        '/api/v1/slots/events',
        '/api/v1/waiting-room',
        '/api/v1/waiting-room/{token}',
        '/api/v1/waiting-room/{token}/events',
        '/api/v1/appointments/{id}/ticket.pdf',
        '/api/v1/appointments/{id}/ticket.ics',
        '/api/v1/appointments/{id}/ticket-qr.svg',
        '/api/v1/appointments/{id}/ticket/email',
        '/api/v1/visits/{appointmentId}/room',
        '/api/v1/visits/{appointmentId}/room/events',
        '/api/v1/visits/{appointmentId}/room/signal',
        '/api/v1/visits/{appointmentId}/room/files',
        '/api/v1/visits/{appointmentId}/room/admit',
        '/api/v1/visits/{appointmentId}/room/phone',
        '/api/v1/referrals',
        '/api/v1/encounters',
        '/api/v1/encounters/{id}',
        '/api/v1/encounters/{id}/finish',
        '/api/v1/encounters/{id}/amendments',
        '/api/v1/encounters/{id}/versions',
        '/api/v1/encounters/{id}/prescriptions',
        '/api/v1/prescriptions',
        '/api/v1/prescriptions/{id}/sign',
        '/api/v1/prescriptions/{id}/send',
        '/api/v1/prescriptions/{id}/cancel',
        '/api/v1/reference/icd10',
        '/api/v1/reference/medicines',
        '/api/v1/reference/visit-templates',
        '/api/v1/reference/lab-tests',
        '/api/v1/encounters/{id}/lab-orders',
        '/api/v1/practitioner/lab-orders',
        '/api/v1/lab-orders/{id}',
        '/api/v1/lab-orders/{id}/revoke',
        '/api/v1/lab-orders/{id}/results',
        '/api/v1/practitioner/results-to-review',
        '/api/v1/practitioner/results/{reportId}/review',
        '/api/v1/records/lab-orders',
        '/api/v1/search/suggestions',
        '/api/v1/appointments',
        '/api/v1/appointments/{id}',
        '/api/v1/appointments/{id}/cancel',
        '/api/v1/appointments/{id}/reschedule',
        '/api/v1/appointments/{id}/confirm',
        '/api/v1/appointments/{id}/fulfil',
        '/api/v1/appointments/{id}/noshow',
        '/api/v1/appointments/{id}/review',
        '/api/v1/appointments/{id}/survey',
        '/api/v1/surveys/pending',
        '/api/v1/appointments/export.csv',
        '/api/v1/appointments/export.pdf',
        '/api/v1/practitioners/{id}/reviews',
        '/api/v1/me/notification-preferences',
        '/api/v1/appointment-links/{token}',
        '/api/v1/slots/{id}/hold',
        '/api/v1/waitlist',
        '/api/v1/waitlist/{id}',
        '/api/v1/checkin',
        '/api/v1/practitioner/appointments',
        '/api/v1/practitioner/appointments/{id}/outcome',
        '/api/v1/practitioner/patients',
        '/api/v1/practitioner/absence-requests',
        '/api/v1/admin/absence-requests',
        '/api/v1/admin/absence-requests/{id}/decision',
        '/api/v1/courses',
        '/api/v1/courses/{id}',
        '/api/v1/courses/{id}/calendar.ics',
        '/api/v1/courses/{id}/enrollments',
        '/api/v1/practitioner/course-enrollments',
        '/api/v1/practitioner/course-enrollments/{id}/cancel',
        '/api/v1/admin/course-enrollments',
        '/api/v1/admin/course-enrollments/{id}/decision',
        '/api/v1/admin/courses/report',
        '/api/v1/admin/courses/report.csv',
        '/api/v1/me/staff-applications',
        '/api/v1/me/staff-applications/{id}',
        '/api/v1/admin/staff-applications',
        '/api/v1/admin/staff-applications/{id}/review',
        '/api/v1/admin/staff-applications/{id}/approve',
        '/api/v1/admin/staff-applications/{id}/reject',
        '/api/v1/me/staff-certificates',
        '/api/v1/me/staff-certificates/{id}/file',
        '/api/v1/me/qualifications',
        '/api/v1/me/qualifications/{id}',
        '/api/v1/me/qualifications/changes',
        '/api/v1/admin/qualifications/expiring',
        '/api/v1/me/notifications',
        '/api/v1/me/notifications/unread-count',
        '/api/v1/me/notifications/{id}/read',
        '/api/v1/me/notifications/read-all',
        '/api/v1/me/notifications/events',
        '/api/v1/me/push-subscriptions',
        '/api/v1/me/push-subscriptions/{id}',
        '/api/v1/push/vapid-public-key',
        '/api/v1/records/conditions',
        '/api/v1/records/coverage',
        '/api/v1/document-requests',
        '/api/v1/document-requests/{id}/email',
        '/api/v1/practitioner/document-requests/{id}/sign',
        '/api/v1/practitioner/document-requests/{id}/reject',
        '/api/v1/practitioner/documents',
        '/api/v1/practitioner/documents/{id}',
        '/api/v1/practitioner/documents/{id}/sign',
        '/api/v1/practitioner/documents/{id}/file',
        '/api/v1/documents/verify',
        '/api/v1/documents/check/{code}',
        '/api/v1/symptom-guide',
        '/api/v1/admin/documents/{id}/revoke',
        '/api/v1/admin/document-requests',
        '/api/v1/records/documents',
        '/api/v1/records/documents/{id}/file',
        '/api/v1/records/encounters',
        '/api/v1/records/immunizations',
        '/api/v1/records/observations',
        '/api/v1/records/observations/trend',
        '/api/v1/records/prescriptions',
        '/api/v1/records/summary',
        '/api/v1/admin/notifications',
        '/api/v1/admin/notifications/{id}/retry',
        '/api/v1/sms/delivery-status',
        '/api/v1/specialties',
        '/api/v1/uploads',
        '/api/v1/uploads/{id}',
        '/health',
        '/ready',
      ].sort(),
    );
    expect(document.components.schemas.Problem).toBeDefined();
  });

  it('marks a body optional where the route takes a request without one', async () => {
    const { paths } = (await t.app.inject('/api/docs/json')).json();
    // `ZCancelAppointmentRequest.nullish()`: «cancel» without a reason has no body at all.
    expect(paths['/api/v1/appointments/{id}/cancel'].post.requestBody.required).toBe(false);
    expect(paths['/api/v1/slots/{id}/hold'].post.requestBody.required).toBe(false);
    expect(paths['/api/v1/appointments'].post.requestBody.required).toBe(true);
  });

  it('serves the human documentation at /api/docs', async () => {
    const res = await t.app.inject('/api/docs');
    expect([200, 302]).toContain(res.statusCode);
  });
});

describe('cross-cutting', () => {
  it('sets security headers', async () => {
    const res = await t.app.inject('/api/v1/regions');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-frame-options']).toBeDefined();
  });

  it('keeps a safe incoming request id and replaces an unsafe one', async () => {
    const kept = await t.app.inject({ url: '/health', headers: { 'x-request-id': 'abc-123' } });
    expect(kept.headers['x-request-id']).toBe('abc-123');
    const replaced = await t.app.inject({ url: '/health', headers: { 'x-request-id': 'evil\nline' } });
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('compresses large JSON responses', async () => {
    const res = await t.app.inject({ url: '/api/v1/regions', headers: { 'accept-encoding': 'gzip' } });
    expect(res.headers['content-encoding']).toBe('gzip');
  });

  it('exposes Prometheus metrics with request durations by route', async () => {
    await t.app.inject('/api/v1/regions');
    const res = await t.app.inject({ url: '/metrics', headers: metricsHeaders });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(
      'talon_http_request_duration_seconds_count{method="GET",route="/api/v1/regions",status="200"}',
    );
    expect(res.body).toContain('talon_process_cpu_seconds_total');
  });

  it('answers /metrics only to the scraper with its token (issue 15, item 11)', async () => {
    const anonymous = await t.app.inject('/metrics');
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(anonymous.body).not.toContain('talon_');
    expect(
      (await t.app.inject({ url: '/metrics', headers: { authorization: 'Bearer wrong' } })).statusCode,
    ).toBe(401);
  });
});

describe('/metrics without a token', () => {
  it('does not exist on the public port, and is served on METRICS_PORT when that is set', async () => {
    const plain = await createTestApp({ env: { METRICS_TOKEN: '' } });
    const port = await freePort();
    const separate = await createTestApp({ env: { METRICS_PORT: String(port), HOST: '127.0.0.1' } });
    try {
      expect((await plain.app.inject('/metrics')).statusCode).toBe(404);
      expect((await separate.app.inject({ url: '/metrics', headers: metricsHeaders })).statusCode).toBe(404);
      const scraped = await fetch(`http://127.0.0.1:${port}/metrics`);
      expect(scraped.status).toBe(200);
      expect(await scraped.text()).toContain('talon_process_cpu_seconds_total');
    } finally {
      await plain.close();
      await separate.close();
    }
    // Closed with the app.
    await expect(fetch(`http://127.0.0.1:${port}/metrics`)).rejects.toThrow();
  });
});

/** A TCP port nobody listens on right now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
