import { loadConfig } from '@talon/config';
import {
  buildAppointment,
  buildOrganization,
  buildPractitioner,
  buildRegisteredPatient,
  setStoredColumn,
} from '@talon/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { createStaffSession, type StaffSession } from '../../testing/staff-helpers';
import { useTestApp } from '../../testing/test-app';

// «Клиники» (issue 13 item 3): the scope of the list and of one clinic, and the counts on a small fixture.
const t = useTestApp();
const tag = `Клиника-${crypto.randomUUID().slice(0, 6)}`;
let clinicA: string;
let clinicB: string;
let system: StaffSession;
let adminA: StaffSession;
let doctorA: StaffSession;

const get = (session: StaffSession, url: string, query: Record<string, string> = {}) =>
  t.app.inject({ url: `/api/v1/admin/clinics${url}`, query, headers: session.headers });
const ids = (items: { id: string }[]) => items.map((item) => item.id);

beforeAll(async () => {
  const db = t.database.db;
  clinicA = (await buildOrganization(db, { name: `${tag} Северная` })).id;
  clinicB = (await buildOrganization(db, { name: `${tag} Южная`, regionCode: '50' })).id;
  system = await createStaffSession(t, 'system_admin');
  adminA = await createStaffSession(t, 'clinic_admin', { organizationId: clinicA });
  doctorA = await createStaffSession(t, 'doctor', { organizationId: clinicA });
  const blocked = await createStaffSession(t, 'registrar', { organizationId: clinicA });
  await setStoredColumn(db, 'accounts', 'status', 'blocked', { column: 'id', value: blocked.accountId });
  const invited = await t.app.inject({
    method: 'POST',
    url: '/api/v1/admin/staff/invitations',
    headers: adminA.headers,
    payload: {
      contact: `nurse-${tag}@clinic.test`,
      fullName: 'Смирнова Анна',
      roles: ['registrar'],
      organizationId: clinicA,
    },
  });
  expect(invited.statusCode, invited.body).toBe(201);

  // One practitioner works at A; their visits: one today, one cancelled today, one tomorrow.
  const practitioner = await buildPractitioner(db, { organizationId: clinicA });
  const role = await db.query.practitionerRoles.findFirst({
    where: (r, { eq }) => eq(r.practitionerId, practitioner.id),
  });
  const patient = await buildRegisteredPatient(db, loadConfig({ NODE_ENV: 'test' }).secrets, {
    surname: 'Прикреплённая',
    name: 'Анна',
    birthDate: '1980-01-01',
  });
  await setStoredColumn(db, 'patients', 'attached_organization_id', clinicA, {
    column: 'id',
    value: patient.id,
  });
  const now = new Date();
  const visit = (start: Date, status?: 'cancelled_by_patient') =>
    buildAppointment(db, {
      patientId: patient.id,
      slotOptions: { practitionerRoleId: role!.id, start },
      appointment: status ? { status } : {},
    });
  await visit(now);
  await visit(new Date(now.getTime() + 60_000), 'cancelled_by_patient');
  await visit(new Date(now.getTime() + 26 * 3600_000));
});

describe('GET /api/v1/admin/clinics', () => {
  it('shows a system admin every clinic with its counts, found by name and by region', async () => {
    const all = await get(system, '', { query: tag });
    expect(all.statusCode, all.body).toBe(200);
    expect(all.headers['cache-control']).toBe('private, no-store');
    // By region's name (Москва before Московская область), then the clinic's.
    expect(ids(all.json().items)).toEqual([clinicA, clinicB]);
    expect(all.json().items.find((c: { id: string }) => c.id === clinicA)).toMatchObject({
      region: { code: '77' },
      practitioners: 1,
      staff: { active: 2, blocked: 1, invited: 1 },
      attachedPatients: 1,
      appointmentsToday: 1,
    });
    expect(ids((await get(system, '', { query: `${tag} южная` })).json().items)).toEqual([clinicB]);
    expect(ids((await get(system, '', { query: tag, region: '50' })).json().items)).toEqual([clinicB]);
    const bad = await get(system, '', { region: 'Москва' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'CLINIC_QUERY_INVALID', errors: [{ field: 'query.region' }] });
  });

  it('shows a clinic admin only their clinics; another clinic is 404 with access.denied; others 403', async () => {
    expect(ids((await get(adminA, '')).json().items)).toEqual([clinicA]);
    expect((await get(adminA, `/${clinicA}`)).json()).toMatchObject({ id: clinicA, practitioners: 1 });
    expect((await get(system, `/${clinicB}`)).json()).toMatchObject({ id: clinicB, practitioners: 0 });

    const other = await get(adminA, `/${clinicB}`);
    expect(other.statusCode).toBe(404);
    expect(other.json().code).toBe('STAFF_ORGANIZATION_NOT_FOUND');
    const denied = await t.database.db.query.auditEvents.findMany({
      where: (e, { and, eq: is }) => and(is(e.action, 'access.denied'), is(e.recordId, clinicB)),
    });
    expect(denied).toMatchObject([{ actorAccountId: adminA.accountId, outcome: 'denied' }]);

    expect((await get(doctorA, '')).statusCode).toBe(403);
    expect((await get(doctorA, `/${clinicA}`)).statusCode).toBe(403);
  });
});

describe('the first admin of a clinic', () => {
  it('is invited by a system admin into a clinic with no staff yet, and counted there', async () => {
    const empty = (await buildOrganization(t.database.db, { name: `${tag} Новая` })).id;
    expect((await get(system, `/${empty}`)).json().staff).toEqual({ active: 0, blocked: 0, invited: 0 });
    const invited = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/staff/invitations',
      headers: system.headers,
      payload: {
        contact: `head-${tag}@clinic.test`,
        fullName: 'Орлова Вера Павловна',
        roles: ['clinic_admin'],
        organizationId: empty,
      },
    });
    expect(invited.statusCode, invited.body).toBe(201);
    expect((await get(system, `/${empty}`)).json().staff).toEqual({ active: 0, blocked: 0, invited: 1 });
    const listed = await t.app.inject({
      url: '/api/v1/admin/staff',
      query: { organization: empty },
      headers: system.headers,
    });
    expect(listed.json().items).toMatchObject([
      { fullName: 'Орлова Вера Павловна', roles: ['clinic_admin'] },
    ]);
  });
});
