import { fixedClock } from '@talon/core/shared';
import type { Database } from '@talon/db';
import { buildOrganization, buildPractitioner, setSlotStatus } from '@talon/testing';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaffSession, type StaffSession } from '../../testing/staff-helpers';
import { createTestApp, type TestApp } from '../../testing/test-app';

const clock = fixedClock(new Date());
let t: TestApp;
let db: Database;
let admin: StaffSession;
let otherAdmin: StaffSession;
let system: StaffSession;
let kamchatka: { id: string };
let kaliningrad: { id: string };

async function roleAt(organizationId: string, specialtyCode = 'therapist') {
  const practitioner = await buildPractitioner(db, { organizationId, specialtyCode });
  const role = await db.query.practitionerRoles.findFirst({
    where: (r, { eq }) => eq(r.practitionerId, practitioner.id),
  });
  return role!.id;
}

const slotsOf = (roleId: string) =>
  db.query.slots.findMany({
    where: (slot, { eq }) => eq(slot.practitionerRoleId, roleId),
    orderBy: (slot, { asc }) => [asc(slot.startsAt)],
  });
const auditOf = (recordId: string) =>
  db.query.auditEvents.findMany({
    where: (event, { eq }) => eq(event.recordId, recordId),
    orderBy: (event, { asc }) => [asc(event.seq)],
  });

/** The next Monday at least two days ahead, in the zone, as a luxon date at local midnight. */
const nextMonday = (zone: string) => {
  let day = DateTime.fromJSDate(clock.now(), { zone }).startOf('day').plus({ days: 2 });
  while (day.weekday !== 1) day = day.plus({ days: 1 });
  return day;
};

const template = (practitionerRoleId: string, overrides: Record<string, unknown> = {}) => ({
  practitionerRoleId,
  validFrom: DateTime.fromJSDate(clock.now()).minus({ days: 1 }).toISODate(),
  days: [1, 2, 3, 4, 5].map((weekday) => ({
    weekday,
    start: '08:00',
    end: '14:00',
    breaks: [{ start: '11:00', end: '11:30' }],
  })),
  channels: ['internet', 'registry'],
  priorityPercent: 10,
  ...overrides,
});

beforeAll(async () => {
  t = await createTestApp({ clock });
  db = t.database.db;
  kamchatka = await buildOrganization(db, { regionCode: '41', timeZone: 'Asia/Kamchatka' });
  kaliningrad = await buildOrganization(db, {
    regionCode: '39',
    timeZone: 'Europe/Kaliningrad',
    bookingHorizonDays: 21,
  });
  admin = await createStaffSession(t, 'clinic_admin', { organizationId: kamchatka.id });
  otherAdmin = await createStaffSession(t, 'clinic_admin', { organizationId: kaliningrad.id });
  system = await createStaffSession(t, 'system_admin');
});
afterAll(() => t?.close());

describe('admin schedules', () => {
  it('creates a Kamchatka template whose Monday 08:00 (UTC+12) is Sunday 20:00 UTC, and generates its horizon', async () => {
    const roleId = await roleAt(kamchatka.id);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/schedules',
      headers: admin.headers,
      payload: template(roleId),
    });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(body.schedule).toMatchObject({
      practitionerRoleId: roleId,
      slotMinutes: 15, // the therapist's legal norm
      channels: ['internet', 'registry'],
      priorityPercent: 10,
      visitTypes: ['in_person'],
    });
    const slots = await slotsOf(roleId);
    expect(body.regeneration).toMatchObject({ inserted: slots.length, deleted: 0, conflicts: [] });
    const monday = nextMonday('Asia/Kamchatka');
    const first = slots.find((s) => s.startsAt >= monday.toJSDate());
    expect(first?.startsAt.toISOString()).toBe(
      monday.set({ hour: 8 }).toUTC().toISO({ suppressMilliseconds: false }),
    );
    expect(first?.startsAt.getUTCHours()).toBe(20);
    expect(DateTime.fromJSDate(first!.startsAt, { zone: 'UTC' }).weekday).toBe(7);
    // 22 slots a day (08:00–14:00 less a half-hour break), a tenth of them priority, released a day ahead.
    const day = slots.filter(
      (s) => s.startsAt >= monday.toJSDate() && s.startsAt < monday.plus({ days: 1 }).toJSDate(),
    );
    expect(day).toHaveLength(22);
    expect(day.filter((s) => s.isPriority)).toHaveLength(2);
    for (const s of day.filter((x) => x.isPriority)) {
      expect(s.priorityReleasedAt!.getTime()).toBe(s.startsAt.getTime() - 24 * 3_600_000);
    }
    // Nothing beyond the 14-day horizon and the day after it, nothing in the past.
    const horizon = clock.now().getTime() + 15 * 86_400_000;
    expect(slots.every((s) => s.startsAt.getTime() < horizon && s.startsAt >= clock.now())).toBe(true);
    expect(slots.every((s) => s.regionCode === '41' && s.status === 'free')).toBe(true);
  });

  it('puts a Kaliningrad clinic’s 08:00 (UTC+2) at 06:00 UTC, over its 21-day horizon', async () => {
    const roleId = await roleAt(kaliningrad.id, 'ophthalmologist');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/schedules',
      headers: otherAdmin.headers,
      payload: template(roleId, { slotMinutes: 30 }),
    });
    expect(res.statusCode, res.body).toBe(201);
    const slots = await slotsOf(roleId);
    const monday = nextMonday('Europe/Kaliningrad');
    const first = slots.find((s) => s.startsAt >= monday.toJSDate())!;
    expect(first.startsAt.toISOString()).toBe(monday.set({ hour: 8 }).toUTC().toISO());
    expect(first.startsAt.getUTCHours()).toBe(6);
    const last = slots.at(-1)!.startsAt.getTime();
    expect(last).toBeGreaterThan(clock.now().getTime() + 14 * 86_400_000);
    expect(last).toBeLessThan(clock.now().getTime() + 22 * 86_400_000);
  });

  it('answers bad templates with 400 problem+json naming each field in Russian', async () => {
    const roleId = await roleAt(kamchatka.id);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/schedules',
      headers: admin.headers,
      payload: template(roleId, {
        slotMinutes: 20,
        days: [{ weekday: 8, start: '08:00', end: '14:00', breaks: [{ start: '07:00', end: '09:00' }] }],
        priorityPercent: 150,
      }),
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const problem = res.json();
    expect(problem.code).toBe('SCHEDULE_INVALID');
    expect(problem.detail).toMatch(/расписание/i);
    expect(problem.errors.map((e: { field: string }) => e.field)).toEqual([
      'body.slotMinutes',
      'body.days.0.weekday',
      'body.days.0.breaks.0',
      'body.priorityPercent',
    ]);
    expect(problem.errors[0].message).toMatch(/15 или 30/);

    const malformed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/schedules',
      headers: admin.headers,
      payload: template(roleId, { validFrom: '01.12.2026', channels: ['pigeon'] }),
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().code).toBe('VALIDATION_FAILED');
    expect(malformed.json().errors.map((e: { field: string }) => e.field)).toEqual(
      expect.arrayContaining(['body.validFrom', 'body.channels.0']),
    );
    const foreignRoom = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/schedules',
      headers: admin.headers,
      payload: template(roleId, { locationId: '00000000-0000-4000-8000-000000000000' }),
    });
    expect(foreignRoom.statusCode).toBe(400);
    expect(foreignRoom.json()).toMatchObject({
      code: 'SCHEDULE_INVALID',
      errors: [{ field: 'body.locationId', message: 'Кабинет не найден в этой медицинской организации' }],
    });
    expect(await slotsOf(roleId)).toEqual([]);
  });

  it('refuses a template that collides with another of the role (409)', async () => {
    const roleId = await roleAt(kamchatka.id);
    const first = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/schedules',
      headers: admin.headers,
      payload: template(roleId),
    });
    expect(first.statusCode).toBe(201);
    const clash = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/schedules',
      headers: admin.headers,
      payload: template(roleId, { days: [{ weekday: 3, start: '13:00', end: '18:00', breaks: [] }] }),
    });
    expect(clash.statusCode).toBe(409);
    expect(clash.json()).toMatchObject({ code: 'SCHEDULE_OVERLAP' });
    // Evening video hours on Saturday do not collide.
    const video = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/schedules',
      headers: admin.headers,
      payload: template(roleId, {
        days: [{ weekday: 6, start: '10:00', end: '12:00', breaks: [] }],
        visitTypes: ['video'],
        priorityPercent: 0,
      }),
    });
    expect(video.statusCode, video.body).toBe(201);
    const saturday = (await slotsOf(roleId)).filter((s) => s.visitType === 'video');
    expect(saturday.length).toBeGreaterThanOrEqual(8);
  });

  it('keeps clinic admins to their own clinics: another clinic’s role is not found, lists are scoped', async () => {
    const roleId = await roleAt(kamchatka.id);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/schedules',
      headers: otherAdmin.headers,
      payload: template(roleId),
    });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({
      code: 'PRACTITIONER_ROLE_NOT_FOUND',
      errors: [{ field: 'body.practitionerRoleId' }],
    });

    const mine = await t.app.inject({
      url: '/api/v1/admin/schedules?pageSize=100',
      headers: otherAdmin.headers,
    });
    expect(mine.statusCode).toBe(200);
    const kamchatkaRoles = new Set(
      (
        await db.query.practitionerRoles.findMany({
          where: (role, { eq }) => eq(role.organizationId, kamchatka.id),
        })
      ).map((r) => r.id),
    );
    expect(mine.json().items.length).toBeGreaterThan(0);
    expect(
      mine.json().items.some((s: { practitionerRoleId: string }) => kamchatkaRoles.has(s.practitionerRoleId)),
    ).toBe(false);
    const all = await t.app.inject({
      url: `/api/v1/admin/schedules?organization=${kamchatka.id}`,
      headers: system.headers,
    });
    expect(all.json().total).toBeGreaterThan(0);
    expect(
      all.json().items.every((s: { practitionerRoleId: string }) => kamchatkaRoles.has(s.practitionerRoleId)),
    ).toBe(true);
    const someone = all.json().items[0].id;
    const foreign = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/admin/schedules/${someone}`,
      headers: otherAdmin.headers,
    });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().code).toBe('SCHEDULE_NOT_FOUND');
  });

  it('never touches a booked slot: a changed template reports it as a conflict and audits it', async () => {
    const roleId = await roleAt(kamchatka.id);
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/schedules',
      headers: admin.headers,
      payload: template(roleId),
    });
    const scheduleId = created.json().schedule.id;
    const monday = nextMonday('Asia/Kamchatka');
    const eight = monday.set({ hour: 8 }).toJSDate().getTime();
    const booked = (await slotsOf(roleId)).find((s) => s.startsAt.getTime() === eight);
    expect(booked).toBeDefined();
    await setSlotStatus(db, booked!.id, 'booked');
    // The new hours start at 10:00: the booked 08:00 slot stays, the free 08:15–09:45 slots go.
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/admin/schedules/${scheduleId}`,
      headers: admin.headers,
      payload: {
        ...template(roleId, { days: [{ weekday: 1, start: '10:00', end: '14:00', breaks: [] }] }),
        practitionerRoleId: undefined,
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    const { regeneration } = res.json();
    expect(regeneration.conflicts).toEqual([
      { slotId: booked!.id, start: booked!.startsAt.toISOString(), end: booked!.endsAt.toISOString() },
    ]);
    expect(regeneration.deleted).toBeGreaterThan(0);
    const after = await slotsOf(roleId);
    expect(after.find((s) => s.id === booked!.id)).toMatchObject({ status: 'booked' });
    const mondaySlots = after.filter(
      (s) => s.startsAt >= monday.toJSDate() && s.startsAt < monday.plus({ days: 1 }).toJSDate(),
    );
    expect(mondaySlots[0]?.id).toBe(booked!.id);
    expect(mondaySlots[1]?.startsAt.toISOString()).toBe(monday.set({ hour: 10 }).toUTC().toISO());
    // No Tuesday slots any more.
    expect(
      after.every(
        (s) =>
          s.status === 'booked' || DateTime.fromJSDate(s.startsAt, { zone: 'Asia/Kamchatka' }).weekday === 1,
      ),
    ).toBe(true);

    const audit = await auditOf(booked!.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: 'schedule.conflict',
      actorAccountId: admin.accountId,
      recordType: 'slot',
    });
    const change = await auditOf(scheduleId);
    expect(change.map((e) => e.action)).toEqual(['schedule.change', 'schedule.change']);

    // An absence over the booked slot answers its conflict with the visit (none here: marked booked by hand).
    const [startsAt, endsAt] = [8, 9].map((hour) => monday.set({ hour }).toISO());
    const absence = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/schedule-exceptions',
      headers: admin.headers,
      payload: { practitionerRoleId: roleId, kind: 'absence', startsAt, endsAt, reason: 'совещание' },
    });
    expect(absence.statusCode, absence.body).toBe(201);
    expect(absence.json().conflicts).toEqual([
      {
        slotId: booked!.id,
        start: booked!.startsAt.toISOString(),
        end: booked!.endsAt.toISOString(),
        appointmentId: null,
        patientId: null,
        patientName: null,
      },
    ]);

    // Deleting the template frees nothing booked either.
    const removed = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/admin/schedules/${scheduleId}`,
      headers: admin.headers,
    });
    expect(removed.statusCode).toBe(200);
    expect(removed.json().regeneration.conflicts).toHaveLength(1);
    expect((await slotsOf(roleId)).map((s) => s.id)).toEqual([booked!.id]);
  });

  it('an absence removes the free slots it covers; removing it brings them back', async () => {
    const roleId = await roleAt(kamchatka.id);
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/schedules',
      headers: admin.headers,
      payload: template(roleId),
    });
    const before = await slotsOf(roleId);
    const monday = nextMonday('Asia/Kamchatka');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/schedule-exceptions',
      headers: admin.headers,
      payload: {
        practitionerRoleId: roleId,
        kind: 'sick_day',
        startsAt: monday.toISO(),
        endsAt: monday.plus({ days: 1 }).toISO(),
        reason: 'больничный',
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      exception: { kind: 'sick_day', reason: 'больничный' },
      regeneration: { deleted: 22 },
    });
    const during = await slotsOf(roleId);
    expect(during).toHaveLength(before.length - 22);
    expect(
      during.some((s) => s.startsAt >= monday.toJSDate() && s.startsAt < monday.plus({ days: 1 }).toJSDate()),
    ).toBe(false);

    const list = await t.app.inject({
      url: `/api/v1/admin/schedule-exceptions?practitionerRole=${roleId}`,
      headers: admin.headers,
    });
    expect(list.json()).toMatchObject({ total: 1, items: [{ id: res.json().exception.id }] });

    const removed = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/admin/schedule-exceptions/${res.json().exception.id}`,
      headers: admin.headers,
    });
    expect(removed.statusCode).toBe(200);
    expect(removed.json().regeneration.inserted).toBe(22);
    expect(await slotsOf(roleId)).toHaveLength(before.length);
  });

  it('refuses bad exceptions with 400 and extra hours without a template with 409', async () => {
    const roleId = await roleAt(kamchatka.id);
    const inverted = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/schedule-exceptions',
      headers: admin.headers,
      payload: {
        practitionerRoleId: roleId,
        kind: 'absence',
        startsAt: '2026-12-10T10:00:00+12:00',
        endsAt: '2026-12-10T09:00:00+12:00',
      },
    });
    expect(inverted.statusCode).toBe(400);
    expect(inverted.json()).toMatchObject({
      code: 'SCHEDULE_EXCEPTION_INVALID',
      errors: [{ field: 'body.endsAt' }],
    });
    const noOffset = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/schedule-exceptions',
      headers: admin.headers,
      payload: {
        practitionerRoleId: roleId,
        kind: 'holiday',
        startsAt: 'завтра',
        endsAt: '2026-12-10T09:00:00',
      },
    });
    expect(noOffset.statusCode).toBe(400);
    expect(noOffset.json().code).toBe('VALIDATION_FAILED');
    const extra = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/schedule-exceptions',
      headers: admin.headers,
      payload: {
        practitionerRoleId: roleId,
        kind: 'extra_hours',
        startsAt: '2026-12-12T10:00:00+12:00',
        endsAt: '2026-12-12T12:00:00+12:00',
      },
    });
    expect(extra.statusCode).toBe(409);
    expect(extra.json().code).toBe('SCHEDULE_REQUIRED_FOR_EXTRA_HOURS');
    const unknown = await t.app.inject({
      method: 'DELETE',
      url: '/api/v1/admin/schedule-exceptions/00000000-0000-4000-8000-000000000000',
      headers: admin.headers,
    });
    expect(unknown.statusCode).toBe(404);
  });
});
