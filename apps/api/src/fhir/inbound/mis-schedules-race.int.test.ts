import { activeAppointmentsIn, buildSlots } from '@talon/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPatients } from '../../testing/booking-helpers';
import { createStaffSession } from '../../testing/staff-helpers';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { issueTestTokens } from '../testing/test-client-auth';
import { jwtClientToken } from '../testing/test-jwt-client';

/**
 * A MIS taking slots out while patients book them through Talon (docs/fhir.md «Schedules from a regional
 * MIS»): for each slot exactly one of the two wins, and the loser is told — the booking `SLOT_TAKEN` (or `SLOT_NOT_FOUND`, a blocked slot), the MIS
 * `MIS_SLOT_BOOKED_IN_TALON`. A slot booked in Talon is never left blocked, a blocked slot never booked.
 */
let t: TestApp;
let misToken: string;
let bookingToken: string;
let roleId: string;

beforeAll(async () => {
  t = await createTestApp({
    env: {
      OAUTH_CLIENT_CALLS_PER_MINUTE: '100000',
      RATE_LIMIT_BOOKING_PER_MINUTE: '10000',
      OVERLOAD_MAX_EVENT_LOOP_DELAY_MS: '0',
    },
    pool: { maxWaiting: 1000, acquireTimeoutMs: 60_000 },
  });
  const [first] = await buildSlots(t.database.db, { specialtyCode: 'ophthalmologist' });
  roleId = first!.practitionerRoleId;
  misToken = await jwtClientToken(t, await createStaffSession(t, 'system_admin'), {
    name: 'МИС поликлиники',
    scopes: ['system/Slot.cu'],
    organizationId: first!.organizationId,
  });
  const [booking] = await issueTestTokens(t, [{ name: 'Колл-центр', scopes: ['system/Appointment.c'] }]);
  bookingToken = booking!.token;
});
afterAll(() => t?.close());

const SYSTEM = 'urn:oid:1.2.643.5.1.13.13.12.2.77.7799.100.1.1.1';
const call = (method: 'PUT' | 'POST', url: string, token: string, body: unknown) =>
  t.app.inject({
    method,
    url: `/fhir/R4/${url}`,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/fhir+json' },
    payload: JSON.stringify(body),
  });
const slotBody = (start: Date, status: string) => ({
  resourceType: 'Slot',
  schedule: { reference: `Schedule/${roleId}` },
  status,
  start: start.toISOString(),
  end: new Date(start.getTime() + 30 * 60_000).toISOString(),
});
const talonCodeOf = (body: string) =>
  (JSON.parse(body) as { issue?: { details?: { coding?: { code: string }[] } }[] }).issue?.[0]?.details
    ?.coding?.[0]?.code;

describe('a MIS push racing a booking in Talon', () => {
  it('gives each slot one winner, and the loser its code', async () => {
    const count = 20;
    const base = new Date();
    base.setUTCDate(base.getUTCDate() + 2);
    base.setUTCHours(6, 0, 0, 0);
    const starts = Array.from({ length: count }, (_, i) => new Date(base.getTime() + i * 30 * 60_000));
    const slotIds: string[] = [];
    for (const [i, start] of starts.entries()) {
      const created = await call(
        'PUT',
        `Slot?identifier=${SYSTEM}|R-${i}`,
        misToken,
        slotBody(start, 'free'),
      );
      expect(created.statusCode, created.body).toBe(201);
      slotIds.push(created.json().id);
    }
    const patients = await createPatients(t, count);
    // Each pair sent in both orders (the push first for even slots, the booking first for odd ones), so
    // that both sides win some of the races.
    const pairs = starts.map((start, i) => {
      const push = () => call('PUT', `Slot?identifier=${SYSTEM}|R-${i}`, misToken, slotBody(start, 'busy'));
      const book = () =>
        call('POST', 'Appointment', bookingToken, {
          resourceType: 'Appointment',
          status: 'booked',
          slot: [{ reference: `Slot/${slotIds[i]}` }],
          participant: [{ actor: { reference: `Patient/${patients[i]!.patientId}` }, status: 'accepted' }],
        });
      // A booking takes longer than a push: the push is held back a little, by a different time for each slot.
      const later = () => new Promise((resolve) => setTimeout(resolve, 12 * i)).then(push);
      return i % 2 ? Promise.all([book(), later()]).then(([b, p]) => [p, b]) : Promise.all([push(), book()]);
    });
    const answers = (await Promise.all(pairs)).flat();
    expect(answers.filter((a) => a.statusCode >= 500).map((a) => a.body)).toEqual([]);
    const booked = new Set((await activeAppointmentsIn(t.database.db, slotIds)).map((a) => a.slotId));
    for (const [i, slotId] of slotIds.entries()) {
      const push = answers[2 * i]!;
      const booking = answers[2 * i + 1]!;
      const row = await t.database.db.query.slots.findFirst({ where: (s, { eq }) => eq(s.id, slotId) });
      if (booking.statusCode === 201) {
        expect([push.statusCode, talonCodeOf(push.body), row!.status]).toEqual([
          409,
          'MIS_SLOT_BOOKED_IN_TALON',
          'booked',
        ]);
        expect(booked.has(slotId)).toBe(true);
      } else {
        // A slot the MIS took out is one patients cannot see: booking it is «not found», as any blocked slot.
        expect([push.statusCode, row!.status]).toEqual([200, 'blocked']);
        expect([
          [409, 'SLOT_TAKEN'],
          [404, 'SLOT_NOT_FOUND'],
        ]).toContainEqual([booking.statusCode, talonCodeOf(booking.body)]);
        expect(booked.has(slotId)).toBe(false);
      }
    }
  }, 120_000);
});
