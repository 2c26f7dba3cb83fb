import { loadConfig } from '@talon/config';
import { fixedClock } from '@talon/core/shared';
import type { Database } from '@talon/db';
import {
  buildAppointment,
  buildOrganization,
  buildPractitioner,
  buildRegisteredPatient,
} from '@talon/testing';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaffSession, type StaffSession } from '../../testing/staff-helpers';
import { createTestApp, type TestApp } from '../../testing/test-app';

const clock = fixedClock(new Date());
let t: TestApp;
let db: Database;
let admin: StaffSession;
let otherAdmin: StaffSession;
let roleId: string;

const ZONE = 'Europe/Moscow';
const days = (end: string) =>
  [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '08:00', end, breaks: [] }));
const slotsOf = () =>
  db.query.slots.findMany({
    where: (slot, { eq }) => eq(slot.practitionerRoleId, roleId),
    orderBy: (slot, { asc }) => [asc(slot.startsAt)],
  });

beforeAll(async () => {
  t = await createTestApp({ clock });
  db = t.database.db;
  const clinic = await buildOrganization(db, { timeZone: ZONE });
  const other = await buildOrganization(db, { timeZone: ZONE });
  const practitioner = await buildPractitioner(db, { organizationId: clinic.id, specialtyCode: 'therapist' });
  roleId = (await db.query.practitionerRoles.findFirst({
    where: (r, { eq }) => eq(r.practitionerId, practitioner.id),
  }))!.id;
  admin = await createStaffSession(t, 'clinic_admin', { organizationId: clinic.id });
  otherAdmin = await createStaffSession(t, 'clinic_admin', { organizationId: other.id });
});
afterAll(() => t?.close());

describe('POST /api/v1/admin/schedules/preview', () => {
  it('shows the slots a shortened day makes and the booked visit it leaves outside, then the save agrees', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/schedules',
      headers: admin.headers,
      payload: {
        practitionerRoleId: roleId,
        validFrom: DateTime.fromJSDate(clock.now()).minus({ days: 1 }).toISODate(),
        days: days('12:00'),
        channels: ['internet', 'registry'],
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const schedule = created.json().schedule;
    // A visit at the last slot of a weekday, 11:45 Moscow time.
    const late = (await slotsOf()).find(
      (s) => DateTime.fromJSDate(s.startsAt, { zone: ZONE }).toFormat('HH:mm') === '11:45',
    )!;
    const patient = await buildRegisteredPatient(db, loadConfig({ NODE_ENV: 'test' }).secrets, {
      surname: 'Конфликтова',
      name: 'Вера',
      birthDate: '1980-05-05',
    });
    const visit = await buildAppointment(db, { patientId: patient.id, slotId: late.id });
    const before = await slotsOf();

    const edited = {
      practitionerRoleId: roleId,
      scheduleId: schedule.id,
      validFrom: schedule.validFrom,
      days: days('11:00'),
      channels: ['internet', 'registry'],
    };
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/schedules/preview',
      headers: admin.headers,
      payload: edited,
    });
    expect(res.statusCode, res.body).toBe(200);
    const preview = res.json();
    // 08:00–11:00 in 15-minute slots: twelve a weekday (today only those still ahead).
    const today = DateTime.fromJSDate(clock.now(), { zone: ZONE }).toISODate()!;
    // The horizon ends at this moment of its last day, so that day is whole only after 11:00 Moscow time
    // (the test failed between 08:00 and 11:00): the days strictly between today and the last one.
    const last = preview.days.at(-1).date as string;
    const ahead = preview.days.filter((day: { date: string }) => day.date > today && day.date < last);
    expect(ahead.length).toBeGreaterThan(5);
    expect(ahead.filter((day: { slots: number }) => day.slots !== 12)).toEqual([]);
    expect(preview.timeZone).toBe(ZONE);
    expect(preview.conflicts).toEqual([
      {
        slotId: late.id,
        start: late.startsAt.toISOString(),
        end: late.endsAt.toISOString(),
        appointmentId: visit.id,
        patientId: patient.id,
        patientName: 'Конфликтова Вера Ивановна',
      },
    ]);
    // A dry run: the slots are as they were.
    expect(await slotsOf()).toEqual(before);

    const { practitionerRoleId: _role, scheduleId: _id, ...template } = edited;
    const saved = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/admin/schedules/${schedule.id}`,
      headers: admin.headers,
      payload: template,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().regeneration).toMatchObject({
      deleted: preview.changes.delete,
      inserted: preview.changes.insert,
      conflicts: [{ slotId: late.id }],
    });
  });

  it('keeps to the admin’s clinic and answers a bad template with Russian field errors', async () => {
    const payload = {
      practitionerRoleId: roleId,
      validFrom: '2026-01-01',
      days: days('12:00'),
      channels: [],
    };
    const foreign = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/schedules/preview',
      headers: otherAdmin.headers,
      payload: { ...payload, channels: ['internet'] },
    });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().code).toBe('PRACTITIONER_ROLE_NOT_FOUND');

    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/schedules/preview',
      headers: admin.headers,
      payload: { ...payload, days: [{ weekday: 1, start: '12:00', end: '08:00', breaks: [] }] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    const fields = bad.json().errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['body.channels', 'body.days.0.end']));
    expect(bad.json().detail).toMatch(/[а-я]/);
  });
});
