import { loadConfig } from '@talon/config';
import { renderMessage } from '@talon/core/messaging';
import { fixedClock } from '@talon/core/shared';
import { aadFor, createFieldCipher, schema } from '@talon/db';
import {
  auditEntriesAbout,
  buildOrganization,
  buildPractitioner,
  buildSlots,
  outboxRowsOf,
} from '@talon/testing';
import { describe, expect, it } from 'vitest';
import { book, createPatients, createStaff } from '../../testing/booking-helpers';
import { useTestApp } from '../../testing/test-app';

const NOW = new Date('2026-12-01T06:00:00Z'); // 09:00 in Moscow
const clock = fixedClock(NOW);
const hours = (h: number) => new Date(NOW.getTime() + h * 3_600_000);

const t = useTestApp({ clock, env: { RATE_LIMIT_BOOKING_PER_MINUTE: '10000' } });

const cancelPeriod = (headers: Record<string, string>, roleId: string, payload: Record<string, unknown>) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/admin/practitioner-roles/${roleId}/cancel-period`,
    headers,
    payload,
  });

describe('clinic-side cancellation (docs/domain.md rule 8)', () => {
  it('cancels the day: visits cancelled_by_clinic, slots blocked, SMS with alternatives, rebooking priority', async () => {
    const db = t.database.db;
    const doctorSlots = await buildSlots(db, {
      specialtyCode: 'ophthalmologist',
      start: hours(26),
      count: 4,
    });
    const roleId = doctorSlots[0]!.practitionerRoleId;
    const organizationId = doctorSlots[0]!.organizationId;
    const colleague = await buildPractitioner(db, { organizationId, specialtyCode: 'ophthalmologist' });
    const colleagueRole = await db.query.practitionerRoles.findFirst({
      where: (r, { eq: is }) => is(r.practitionerId, colleague.id),
    });
    const [ordinary] = await buildSlots(db, { practitionerRoleId: colleagueRole!.id, start: hours(50) });
    const [priorityA, priorityB] = await buildSlots(db, {
      practitionerRoleId: colleagueRole!.id,
      start: hours(51),
      count: 2,
      slot: { isPriority: true, priorityReleasedAt: hours(200) },
    });
    const [p1, p2, stranger] = await createPatients(t, 3, { now: NOW });
    const first = await book(t, p1!.session, { slotId: doctorSlots[0]!.id });
    const second = await book(t, p2!.session, { slotId: doctorSlots[2]!.id });
    expect(first.statusCode, first.body).toBe(201);
    expect(second.statusCode, second.body).toBe(201);

    const admin = await createStaff(t, 'clinic_admin', organizationId, { now: NOW });
    const otherClinic = await buildOrganization(db);
    const otherAdmin = await createStaff(t, 'clinic_admin', otherClinic.id, { now: NOW });
    const body = { from: hours(18).toISOString(), to: hours(42).toISOString(), reason: 'Врач заболел' };

    const foreign = await cancelPeriod(otherAdmin.session.headers, roleId, body);
    expect(foreign.statusCode).toBe(404);
    const byPatient = await cancelPeriod(p1!.session.headers, roleId, body);
    expect(byPatient.statusCode).toBe(403);
    const noReason = await cancelPeriod(admin.session.headers, roleId, { from: body.from, to: body.to });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().detail).toMatch(/[а-яё]/i);
    expect(JSON.stringify(noReason.json().errors)).toMatch(/причин/i);
    const badDate = await cancelPeriod(admin.session.headers, roleId, { ...body, from: '31.12.2026' });
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json().errors[0].field).toBe('body.from');
    expect(badDate.json().detail).toMatch(/[а-яё]/i);

    const res = await cancelPeriod(admin.session.headers, roleId, body);
    expect(res.statusCode, res.body).toBe(200);
    const result = res.json();
    expect(result.cancelled).toBe(2);
    expect(result.blockedSlots).toBe(4);
    expect(result.appointments.map((a: { patientId: string }) => a.patientId).sort()).toEqual(
      [p1!.patientId, p2!.patientId].sort(),
    );

    const appointments = await db.query.appointments.findMany({
      where: (a, { inArray }) => inArray(a.id, [first.json().id, second.json().id]),
    });
    expect(appointments.map((a) => a.status)).toEqual(['cancelled_by_clinic', 'cancelled_by_clinic']);
    expect(appointments.every((a) => a.cancellationReasonEncrypted && a.cancelledAt)).toBe(true);
    const slots = await db.query.slots.findMany({
      where: (s, { eq: is }) => is(s.practitionerRoleId, roleId),
    });
    expect(slots.map((s) => s.status)).toEqual(['blocked', 'blocked', 'blocked', 'blocked']);
    const exceptions = await db.query.scheduleExceptions.findMany({
      where: (e, { eq: is }) => is(e.practitionerRoleId, roleId),
    });
    expect(exceptions).toMatchObject([{ kind: 'absence', reason: 'Врач заболел' }]);

    const cipher = createFieldCipher(
      loadConfig({ NODE_ENV: 'test', WEB_DIST_DIR: '/nonexistent', TALON_DEMO: '1' }).secrets,
    );
    const rows = await outboxRowsOf(db, 'booking_cancelled_by_clinic');
    const ours = rows.filter((r) => appointments.some((a) => r.dedupeKey.includes(a.id)));
    // Each of the two patients: an SMS, a notice in the app's bell and a push (done when no browser).
    expect(ours.map((r) => r.channel).sort()).toEqual(['in_app', 'in_app', 'push', 'push', 'sms', 'sms']);
    const sms = ours.filter((r) => r.channel === 'sms');
    for (const row of sms) {
      const payload = JSON.parse(
        cipher.decrypt(row.payloadEncrypted, aadFor(schema.notificationOutbox.payloadEncrypted, row.id)),
      ) as Record<string, string>;
      const text = renderMessage('booking_cancelled_by_clinic', 'sms', payload).text;
      expect(text).toMatch(/отменила/);
      expect(text).toContain('/appointments');
      // Up to three alternatives of the same specialty at the clinic, in its local time (Moscow).
      expect(text).toContain('03.12.2026 в 11:00');
      expect(text).not.toMatch(/Врач заболел/);
    }

    const priorities = await db.query.rebookingPriorities.findMany({
      where: (r, { inArray }) => inArray(r.patientId, [p1!.patientId, p2!.patientId]),
    });
    expect(priorities).toHaveLength(2);
    expect(priorities[0]!.until.getTime()).toBe(hours(72).getTime());

    for (const patient of [p1!, p2!]) {
      const audit = await auditEntriesAbout(db, patient.patientId);
      const entry = audit.find(
        (e) => e.action === 'appointment.cancel' && (e.details as { by?: string } | null)?.by === 'clinic',
      );
      expect(entry).toMatchObject({
        outcome: 'success',
        actorAccountId: admin.accountId,
        recordType: 'appointment',
      });
    }

    // The rebooking priority opens the priority quota for p1, in search too; others neither see nor book it.
    const search = (session: { headers: Record<string, string> }) =>
      t.app.inject({
        method: 'GET',
        url: `/api/v1/slots?organization=${organizationId}&specialty=ophthalmologist&pageSize=50`,
        headers: session.headers,
      });
    const seenBy = async (session: { headers: Record<string, string> }) =>
      ((await search(session)).json().items as { id: string }[]).map((s) => s.id);
    expect(await seenBy(p1!.session)).toEqual(expect.arrayContaining([priorityA!.id, priorityB!.id]));
    expect(await seenBy(stranger!.session)).not.toContain(priorityA!.id);
    expect(await seenBy(stranger!.session)).toContain(ordinary!.id);
    const refused = await book(t, stranger!.session, { slotId: priorityA!.id });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('PRIORITY_QUOTA');
    const rebooked = await book(t, p1!.session, { slotId: priorityA!.id });
    expect(rebooked.statusCode, rebooked.body).toBe(201);
    expect((await book(t, stranger!.session, { slotId: ordinary!.id })).statusCode).toBe(201);
    expect(priorityB).toBeDefined();
  });
});
