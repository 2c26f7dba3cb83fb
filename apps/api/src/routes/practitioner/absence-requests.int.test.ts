import { localDate } from '@talon/core/shared';
import {
  appointmentRows,
  buildAppointment,
  buildOrganization,
  buildPractitioner,
  slotStatuses,
} from '@talon/testing';
import { describe, expect, it } from 'vitest';
import { createPatients, createStaff } from '../../testing/booking-helpers';
import type { Session } from '../../testing/identity-helpers';
import { useTestApp } from '../../testing/test-app';

const t = useTestApp();
const DAY = 86_400_000;
const moscowDay = (offsetDays: number) => localDate(new Date(Date.now() + offsetDays * DAY), 'Europe/Moscow');

async function doctorWithVisits() {
  const practitioner = await buildPractitioner(t.database.db);
  const role = await t.database.db.query.practitionerRoles.findFirst({
    where: (r, { eq }) => eq(r.practitionerId, practitioner.id),
  });
  const doctor = await createStaff(t, 'doctor', practitioner.organizationId, {
    practitionerId: practitioner.id,
  });
  const patients = await createPatients(t, 2);
  // Two visits in three days (09:00 and 09:30 UTC: 12:00 and 12:30 in Moscow) and one after the period.
  const start = new Date(`${moscowDay(3)}T09:00:00Z`);
  const inside = await Promise.all(
    patients.map((p, i) =>
      buildAppointment(t.database.db, {
        patientId: p.patientId,
        slotOptions: { practitionerRoleId: role!.id, start: new Date(start.getTime() + i * 1_800_000) },
      }),
    ),
  );
  const after = await buildAppointment(t.database.db, {
    patientId: patients[0]!.patientId,
    slotOptions: { practitionerRoleId: role!.id, start: new Date(start.getTime() + 2 * DAY) },
  });
  return { practitioner, doctor, inside, after, organizationId: practitioner.organizationId };
}

const ask = (session: Session, payload: Record<string, unknown>) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/practitioner/absence-requests',
    headers: session.headers,
    payload,
  });
const decide = (session: Session, id: string, payload: Record<string, unknown>) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/admin/absence-requests/${id}/decision`,
    headers: session.headers,
    payload,
  });
const adminList = (session: Session, status?: string, organization?: string) =>
  t.app.inject({
    url: '/api/v1/admin/absence-requests',
    query: { ...(status ? { status } : {}), ...(organization ? { organization } : {}) },
    headers: session.headers,
  });
const idsOf = async (answer: Promise<{ json(): { items: { id: string }[] } }>) =>
  (await answer).json().items.map((r) => r.id);

describe('absence requests', () => {
  it('a practitioner asks; the clinic admin approves, which cancels the period’s visits clinic-side', async () => {
    const { doctor, inside, after, organizationId } = await doctorWithVisits();
    const admin = await createStaff(t, 'clinic_admin', organizationId);
    const stranger = await createStaff(t, 'clinic_admin', (await buildOrganization(t.database.db)).id);

    const wrong = await ask(doctor.session, { kind: 'vacation', from: moscowDay(4), to: moscowDay(3) });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().code).toBe('ABSENCE_PERIOD_INVALID');
    const past = await ask(doctor.session, { kind: 'vacation', from: moscowDay(-2), to: moscowDay(3) });
    expect(past.json().code).toBe('ABSENCE_PERIOD_INVALID');
    expect(
      (await ask(doctor.session, { kind: 'holiday', from: moscowDay(3), to: moscowDay(3) })).statusCode,
    ).toBe(400);

    const created = await ask(doctor.session, {
      kind: 'training',
      from: moscowDay(3),
      to: moscowDay(4),
      comment: 'Курсы повышения квалификации',
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      status: 'submitted',
      kind: 'training',
      organization: { id: organizationId },
    });
    const id = created.json().id as string;
    // Nothing is cancelled while it waits.
    expect((await appointmentRows(t.database.db, { ids: [inside[0]!.id] }))[0]!.status).toBe('booked');

    const own = await t.app.inject({
      url: '/api/v1/practitioner/absence-requests',
      headers: doctor.session.headers,
    });
    expect(own.json().items.map((r: { id: string }) => r.id)).toEqual([id]);

    // Another clinic's admin neither sees nor decides it.
    expect((await adminList(stranger.session)).json().items.map((r: { id: string }) => r.id)).not.toContain(
      id,
    );
    expect((await decide(stranger.session, id, { decision: 'approve' })).statusCode).toBe(404);
    // By clinic (the schedule editor's choice): the own one lists it, another's asked for lists nothing.
    expect(await idsOf(adminList(stranger.session, undefined, organizationId))).toEqual([]);
    expect(await idsOf(adminList(admin.session, 'submitted', organizationId))).toEqual([id]);

    expect(
      (await adminList(admin.session, 'submitted')).json().items.map((r: { id: string }) => r.id),
    ).toEqual([id]);
    const approved = await decide(admin.session, id, { decision: 'approve', comment: 'Согласовано' });
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({
      request: { id, status: 'approved', decisionComment: 'Согласовано' },
      cancelled: 2,
    });
    const rows = await appointmentRows(t.database.db, { ids: [...inside.map((a) => a.id), after.id] });
    const statusOf = (appointmentId: string) => rows.find((r) => r.id === appointmentId)!.status;
    expect(inside.map((a) => statusOf(a.id))).toEqual(['cancelled_by_clinic', 'cancelled_by_clinic']);
    expect(statusOf(after.id)).toBe('booked');
    expect(
      Object.values(
        await slotStatuses(
          t.database.db,
          inside.map((a) => a.slotId),
        ),
      ),
    ).toEqual(['blocked', 'blocked']);

    const again = await decide(admin.session, id, { decision: 'reject', reason: 'Поздно' });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('ABSENCE_REQUEST_DECIDED');
    expect(
      (await adminList(admin.session, 'approved')).json().items.map((r: { id: string }) => r.id),
    ).toEqual([id]);
  });

  it('a rejection needs a reason (422, field reason) and cancels nothing', async () => {
    const { doctor, inside, organizationId } = await doctorWithVisits();
    const admin = await createStaff(t, 'clinic_admin', organizationId);
    const created = await ask(doctor.session, { kind: 'other', from: moscowDay(3), to: moscowDay(3) });
    const bare = await decide(admin.session, created.json().id, { decision: 'reject', reason: '  ' });
    expect(bare.statusCode).toBe(422);
    expect(bare.headers['content-type']).toContain('application/problem+json');
    expect(bare.json()).toMatchObject({
      code: 'ABSENCE_REJECTION_REASON_REQUIRED',
      errors: [{ field: 'body.reason' }],
    });
    const rejected = await decide(admin.session, created.json().id, {
      decision: 'reject',
      reason: 'Некому заменить',
    });
    expect(rejected.json()).toMatchObject({
      request: { status: 'rejected', decisionComment: 'Некому заменить' },
      cancelled: 0,
      blockedSlots: 0,
    });
    const rows = await appointmentRows(t.database.db, { ids: inside.map((a) => a.id) });
    expect(rows.map((r) => r.status)).toEqual(['booked', 'booked']);
  });
});
