import { fixedClock } from '@talon/core/shared';
import { buildOrganization, buildSlots } from '@talon/testing';
import { describe, expect, it } from 'vitest';
import { book, createPatients, createStaff } from '../../testing/booking-helpers';
import { useTestApp } from '../../testing/test-app';

const NOW = new Date('2026-12-01T06:00:00Z'); // 09:00 in Moscow
const hours = (h: number) => new Date(NOW.getTime() + h * 3_600_000);

const t = useTestApp({ clock: fixedClock(NOW), env: { RATE_LIMIT_BOOKING_PER_MINUTE: '10000' } });

describe('POST /admin/practitioner-roles/{id}/cancel-period/preview', () => {
  it('lists the visits the cancellation would cancel with their patients, and writes nothing', async () => {
    const db = t.database.db;
    const doctorSlots = await buildSlots(db, {
      specialtyCode: 'ophthalmologist',
      start: hours(26),
      count: 3,
    });
    const roleId = doctorSlots[0]!.practitionerRoleId;
    const organizationId = doctorSlots[0]!.organizationId;
    const [patient] = await createPatients(t, 1, { now: NOW });
    const booked = await book(t, patient!.session, { slotId: doctorSlots[1]!.id });
    expect(booked.statusCode, booked.body).toBe(201);
    const admin = await createStaff(t, 'clinic_admin', organizationId, { now: NOW });
    const otherAdmin = await createStaff(t, 'clinic_admin', (await buildOrganization(db)).id, { now: NOW });
    const preview = (headers: Record<string, string>, payload: Record<string, unknown>) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/admin/practitioner-roles/${roleId}/cancel-period/preview`,
        headers,
        payload,
      });
    const body = { from: hours(18).toISOString(), to: hours(42).toISOString(), reason: 'Врач заболел' };

    const res = await preview(admin.session.headers, body);
    expect(res.statusCode, res.body).toBe(200);
    const patientRow = await db.query.patients.findFirst({
      where: (p, { eq }) => eq(p.id, patient!.patientId),
    });
    expect(res.json()).toEqual({
      timeZone: 'Europe/Moscow',
      visits: [
        {
          appointmentId: booked.json().id,
          start: doctorSlots[1]!.startsAt.toISOString(),
          patientName: [patientRow!.surname, patientRow!.name, patientRow!.patronymic]
            .filter(Boolean)
            .join(' '),
          channels: expect.arrayContaining(['sms', 'in_app']),
        },
      ],
    });

    // A dry run: the visit stays booked, the slots as they were, no absence recorded.
    const appointment = await db.query.appointments.findFirst({
      where: (a, { eq }) => eq(a.id, booked.json().id),
    });
    expect(appointment!.status).toBe('booked');
    const slots = await db.query.slots.findMany({ where: (s, { eq }) => eq(s.practitionerRoleId, roleId) });
    expect(slots.map((s) => s.status).sort()).toEqual(['booked', 'free', 'free']);
    expect(
      await db.query.scheduleExceptions.findMany({ where: (e, { eq }) => eq(e.practitionerRoleId, roleId) }),
    ).toEqual([]);

    expect((await preview(otherAdmin.session.headers, body)).statusCode).toBe(404);
    const noReason = await preview(admin.session.headers, { from: body.from, to: body.to });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(noReason.json().errors[0].field).toBe('body.reason');
  });
});
