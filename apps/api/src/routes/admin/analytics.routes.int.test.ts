import { fixedClock } from '@talon/core/shared';
import { schema } from '@talon/db';
import { buildAppointment, buildOrganization, buildPractitioner, buildSlots } from '@talon/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { createPatients, type TestPatient } from '../../testing/booking-helpers';
import { createStaffSession, type StaffSession } from '../../testing/staff-helpers';
import { useTestApp } from '../../testing/test-app';

// Wednesday 30 December 2026, 12:00 in Moscow: the New Year holidays (31 December 2026 – 10 January 2027)
// lie ahead, so working days and calendar days part ways.
const now = new Date('2026-12-30T09:00:00Z');
// Staff log in with a TOTP code of the real time; the clock then stops at `now`, where their sessions are
// moved too (a login at that moment).
const clock = fixedClock(new Date());
const t = useTestApp({ clock });
const hours = (h: number) => new Date(now.getTime() + h * 3_600_000);

let admin: StaffSession;
let system: StaffSession;
let patient: TestPatient;
let clinicA: { id: string };
let clinicB: { id: string };

async function roleAt(organizationId: string, specialtyCode: string, surname: string) {
  const practitioner = await buildPractitioner(t.database.db, { organizationId, specialtyCode, surname });
  const role = await t.database.db.query.practitionerRoles.findFirst({
    where: (r, { eq }) => eq(r.practitionerId, practitioner.id),
  });
  return role!.id;
}

const slotAt = async (practitionerRoleId: string, start: Date, slot: Record<string, unknown> = {}) =>
  (await buildSlots(t.database.db, { practitionerRoleId, start, count: 1, slot }))[0]!.id;

const visit = async (roleId: string, start: Date, status: string, channel: string) =>
  buildAppointment(t.database.db, {
    patientId: patient.patientId,
    slotId: await slotAt(roleId, start),
    appointment: { status: status as 'booked', channel: channel as 'internet' },
  });

beforeAll(async () => {
  const db = t.database.db;
  clinicA = await buildOrganization(db, { name: 'Поликлиника А', timeZone: 'Europe/Moscow' });
  clinicB = await buildOrganization(db, { name: 'Поликлиника Б', timeZone: 'Europe/Moscow' });
  admin = await createStaffSession(t, 'clinic_admin', { organizationId: clinicA.id });
  system = await createStaffSession(t, 'system_admin');
  clock.set(now);
  const day = 86_400_000;
  await db
    .update(schema.sessions)
    .set({ createdAt: now, lastSeenAt: now, expiresAt: new Date(now.getTime() + day) });
  patient = (await createPatients(t, 1, { now }))[0]!;

  // Waits. Therapist: free slots in 2, 4 and 20 hours (the one in an hour is held by someone) → met.
  const therapist = await roleAt(clinicA.id, 'therapist', 'Иванов');
  await slotAt(therapist, hours(1), { heldByPatientId: patient.patientId, heldUntil: hours(0.5) });
  for (const h of [2, 4, 20]) await slotAt(therapist, hours(h));
  // Neurologist: the third free slot on Tuesday 19 January 2027 — 19.9 calendar days, 7 working days → met.
  const neurologist = await roleAt(clinicA.id, 'neurologist', 'Петров');
  for (const at of ['2027-01-11T06:00:00Z', '2027-01-11T07:00:00Z', '2027-01-19T06:00:00Z']) {
    await slotAt(neurologist, new Date(at));
  }
  // Cardiologist: two free slots only → no third one → violated.
  const cardiologist = await roleAt(clinicA.id, 'cardiologist', 'Сидоров');
  for (const h of [30, 31]) await slotAt(cardiologist, hours(h));

  // Load, clinic A's therapist. Monday 21 December: four offered slots (a fifth blocked), three visits
  // made (fulfilled online, no-show at the registry, cancelled by the patient in the app) and one moved away.
  await visit(therapist, new Date('2026-12-21T06:00:00Z'), 'fulfilled', 'internet');
  await visit(therapist, new Date('2026-12-21T06:30:00Z'), 'noshow', 'registry');
  await visit(therapist, new Date('2026-12-21T07:00:00Z'), 'cancelled_by_patient', 'mobile');
  await visit(therapist, new Date('2026-12-21T07:30:00Z'), 'rescheduled', 'internet');
  await slotAt(therapist, new Date('2026-12-21T08:00:00Z'), { status: 'blocked' });
  // 20:30 UTC on 22 December is 23:30 in Moscow (still the 22nd); 21:30 UTC is 00:30 on the 23rd.
  await visit(therapist, new Date('2026-12-22T20:30:00Z'), 'cancelled_by_clinic', 'call_centre');
  await slotAt(therapist, new Date('2026-12-22T21:30:00Z'));
  // Clinic B: one fulfilled visit that clinic A's admin must not see.
  const other = await roleAt(clinicB.id, 'therapist', 'Кузнецов');
  await visit(other, new Date('2026-12-21T06:00:00Z'), 'fulfilled', 'internet');
});

describe('GET /api/v1/admin/analytics/waits', () => {
  it('gives the days to the third next free slot against the norms, violations first', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/admin/analytics/waits?organization=${clinicA.id}`,
      headers: admin.headers,
    });
    expect(res.statusCode).toBe(200);
    const items = res.json().items as Record<string, unknown>[];
    expect(items.map((w) => [w.specialtyCode, w.status, w.calendarDays, w.workingDays])).toEqual([
      ['cardiologist', 'violated', null, null],
      ['neurologist', 'met', 19.9, 7],
      ['therapist', 'met', 0.8, 0],
    ]);
    expect(items[1]).toMatchObject({
      thirdSlotAt: '2027-01-19T06:00:00.000Z',
      norm: { kind: 'working_days', limit: 14 },
    });
    expect(items[2]).toMatchObject({ norm: { kind: 'hours', limit: 24 } });
  });

  it('filters by specialty, and refuses another clinic with 404', async () => {
    const one = await t.app.inject({
      method: 'GET',
      url: '/api/v1/admin/analytics/waits?specialty=therapist',
      headers: admin.headers,
    });
    expect(one.json().items.map((w: { specialtyCode: string }) => w.specialtyCode)).toEqual(['therapist']);
    const other = await t.app.inject({
      method: 'GET',
      url: `/api/v1/admin/analytics/waits?organization=${clinicB.id}`,
      headers: admin.headers,
    });
    expect(other.statusCode).toBe(404);
    expect(other.json()).toMatchObject({ code: 'ANALYTICS_ORGANIZATION_NOT_FOUND' });
    const patientCall = await t.app.inject({
      method: 'GET',
      url: '/api/v1/admin/analytics/waits',
      headers: patient.session.headers,
    });
    expect(patientCall.statusCode).toBe(403);
  });
});

describe('GET /api/v1/admin/analytics/load', () => {
  const period = 'from=2026-12-21&to=2026-12-23';

  it('equals the hand-computed figures: per day in the clinic’s zone, outcomes, channels, online share', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/admin/analytics/load?${period}`,
      headers: admin.headers,
    });
    expect(res.statusCode).toBe(200);
    const report = res.json();
    expect(report.totals).toMatchObject({
      offered: 6,
      booked: 4,
      fulfilled: 1,
      noshow: 1,
      cancelledByPatient: 1,
      cancelledByClinic: 1,
      onlineShare: 0.5,
    });
    expect(report.totals.channels).toMatchObject({ internet: 1, mobile: 1, registry: 1, call_centre: 1 });
    expect(
      report.days.map((d: Record<string, unknown>) => [d.date, d.offered, d.booked, d.onlineShare]),
    ).toEqual([
      ['2026-12-21', 4, 3, 0.667],
      ['2026-12-22', 1, 1, 0],
      ['2026-12-23', 1, 0, null],
    ]);
    // One clinic: practitioner rows by default, beside the clinic's and its specialties' sums.
    expect(report.detail).toBe('practitioner');
    expect(report.groups).toHaveLength(1);
    expect(report.groups[0]).toMatchObject({ specialtyCode: 'therapist', offered: 6, booked: 4 });
    expect(report.organizations).toEqual([
      expect.objectContaining({ organizationName: 'Поликлиника А', offered: 6, booked: 4, onlineShare: 0.5 }),
    ]);
    expect(report.specialties).toEqual([
      expect.objectContaining({ specialtyCode: 'therapist', offered: 6, fulfilled: 1, noshow: 1 }),
    ]);
  });

  it('shows a system admin every clinic, and exports CSV one line per day and practitioner', async () => {
    const all = await t.app.inject({
      method: 'GET',
      url: `/api/v1/admin/analytics/load?${period}`,
      headers: system.headers,
    });
    const report = all.json();
    expect(report.totals).toMatchObject({ booked: 5, fulfilled: 2 });
    // Every clinic: per clinic, no specialty or practitioner rows unless asked for.
    expect(report.detail).toBe('organization');
    expect([report.specialties, report.groups]).toEqual([[], []]);
    expect(report.organizations.map((o: Record<string, unknown>) => [o.organizationName, o.booked])).toEqual([
      ['Поликлиника А', 4],
      ['Поликлиника Б', 1],
    ]);
    const bySpecialty = await t.app.inject({
      method: 'GET',
      url: `/api/v1/admin/analytics/load?${period}&detail=specialty`,
      headers: system.headers,
    });
    expect(
      bySpecialty.json().specialties.map((g: Record<string, unknown>) => [g.organizationName, g.fulfilled]),
    ).toEqual([
      ['Поликлиника А', 1],
      ['Поликлиника Б', 1],
    ]);
    expect(bySpecialty.json().groups).toEqual([]);
    const detailed = await t.app.inject({
      method: 'GET',
      url: `/api/v1/admin/analytics/load?${period}&detail=practitioner`,
      headers: system.headers,
    });
    expect(detailed.json().groups).toHaveLength(2);
    const csv = await t.app.inject({
      method: 'GET',
      url: `/api/v1/admin/analytics/load.csv?${period}`,
      headers: admin.headers,
    });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body.trim().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(
      /^2026-12-21;Поликлиника А;[^;]+;Иванов[^;]*;4;3;1;1;1;0;0;0;1;1;1;0;0;0;0;66,7$/,
    );
  });

  it('refuses a reversed period with 400 and a field', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/admin/analytics/load?from=2026-12-23&to=2026-12-21',
      headers: admin.headers,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'INVALID_ANALYTICS_PERIOD' });
  });
});
