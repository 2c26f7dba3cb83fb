import { loadConfig } from '@talon/config';
import { fixedClock } from '@talon/core/shared';
import {
  buildAppointment,
  buildOrganization,
  buildPractitioner,
  buildRegisteredPatient,
  buildSlots,
  practitionerRoleIds,
} from '@talon/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaff } from '../../testing/booking-helpers';
import type { Session } from '../../testing/identity-helpers';
import { createTestApp, type TestApp } from '../../testing/test-app';

/** 12:00 in Moscow, the test clinic's zone. */
const NOW = new Date('2026-12-01T09:00:00Z');
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

/** Issue 13: today's queue of the clinic for the hall's board. */
describe('GET /api/v1/registry/queue', () => {
  let t: TestApp;
  let clinicId: string;
  let registrar: Session;
  let otherRegistrar: Session;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp({ clock: fixedClock(NOW) });
    const db = t.database.db;
    const doctor = await buildPractitioner(db, { specialtyCode: 'therapist' });
    const [roleId] = (await practitionerRoleIds(db, doctor.id)) as [string];
    clinicId = doctor.organizationId;
    registrar = (await createStaff(t, 'registrar', clinicId, { now: NOW })).session;
    otherRegistrar = (await createStaff(t, 'registrar', (await buildOrganization(db)).id, { now: NOW }))
      .session;
    const patient = await buildRegisteredPatient(db, loadConfig({ NODE_ENV: 'test' }).secrets, {
      surname: 'Иванова',
      name: 'Мария',
      patronymic: 'Петровна',
      birthDate: '1980-01-01',
    });
    const visit = async (
      key: string,
      minutes: number,
      status: 'booked' | 'arrived' | 'cancelled_by_patient',
      extra: { cancelledAt?: Date; arrivedAt?: Date } = {},
    ) => {
      const [slot] = await buildSlots(db, { practitionerRoleId: roleId, count: 1, start: at(minutes) });
      ids[key] = (
        await buildAppointment(db, {
          patientId: patient.id,
          slotId: slot!.id,
          appointment: { status, ...extra },
        })
      ).id;
    };
    await visit('arrived', -120, 'arrived', { arrivedAt: at(-125) });
    await visit('late', -30, 'booked');
    await visit('waiting', 60, 'booked');
    await visit('cancelled', 90, 'cancelled_by_patient', { cancelledAt: NOW });
    await visit('tomorrow', 24 * 60, 'booked');
  });
  afterAll(() => t?.close());

  it("lists today's visits of the registrar's clinic as arrived, late or waiting, initials only", async () => {
    const res = await t.app.inject({ url: '/api/v1/registry/queue', headers: registrar.headers });
    expect(res.statusCode, res.body).toBe(200);
    const { lines } = res.json();
    expect(
      lines.map((l: { id: string; state: string; initials: string }) => [l.id, l.state, l.initials]),
    ).toEqual([
      [ids.arrived, 'arrived', 'И. М. П.'],
      [ids.late, 'late', 'И. М. П.'],
      [ids.waiting, 'waiting', 'И. М. П.'],
    ]);
    expect(res.body).not.toContain('Иванова');
    // The clinic's wall time with its offset, so a screen in any zone prints the clinic's time.
    expect(lines[0].startsAt).toMatch(/T\d{2}:\d{2}:\d{2}\+03:00$/);
  });

  it("refuses another clinic's queue", async () => {
    const res = await t.app.inject({
      url: `/api/v1/registry/queue?organizationId=${clinicId}`,
      headers: otherRegistrar.headers,
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('CLINIC_OUT_OF_SCOPE');
  });
});
