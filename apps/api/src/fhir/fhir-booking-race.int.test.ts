import { activeAppointmentsIn, buildSlots } from '@talon/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { book, createPatients } from '../testing/booking-helpers';
import { createTestApp, type TestApp } from '../testing/test-app';
import type { FhirResource } from './fhir-types';
import { issueTestTokens } from './testing/test-client-auth';

/**
 * docs/domain.md rule 1 through FHIR (issue 14, item 3): FHIR bookings race each other and the REST API's for
 * one slot, and the slot still holds one appointment; every loser is a 409 OperationOutcome, never a 5xx.
 */
let t: TestApp;
let token: string;
beforeAll(async () => {
  // Correctness under contention, not load shedding: the client's rate and the overload guards opened wide.
  t = await createTestApp({
    env: {
      OAUTH_CLIENT_CALLS_PER_MINUTE: '100000',
      RATE_LIMIT_BOOKING_PER_MINUTE: '10000',
      OVERLOAD_MAX_EVENT_LOOP_DELAY_MS: '0',
    },
    pool: { maxWaiting: 10_000, acquireTimeoutMs: 60_000 },
  });
  const [issued] = await issueTestTokens(t, [
    { name: 'МИС под нагрузкой', scopes: ['system/Appointment.c'] },
  ]);
  token = issued!.token;
});
afterAll(() => t?.close());

const fhirBook = (slotId: string, patientId: string) =>
  t.app.inject({
    method: 'POST',
    url: '/fhir/R4/Appointment',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/fhir+json' },
    payload: JSON.stringify({
      resourceType: 'Appointment',
      status: 'booked',
      slot: [{ reference: `Slot/${slotId}` }],
      participant: [{ actor: { reference: `Patient/${patientId}` }, status: 'accepted' }],
    }),
  });

const talonCodeOf = (body: FhirResource) =>
  (body.issue as { details?: { coding?: { code: string }[] } }[])[0]?.details?.coding?.[0]?.code;

describe('FHIR booking under concurrency', () => {
  it('500 concurrent FHIR bookings of one slot: one 201, 499 409 OperationOutcome, one appointment', async () => {
    const [slot] = await buildSlots(t.database.db, { specialtyCode: 'ophthalmologist' });
    const patients = await createPatients(t, 500);
    const answers = await Promise.all(patients.map((p) => fhirBook(slot!.id, p.patientId)));
    const statuses = answers.map((r) => r.statusCode);
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    const losers = answers.filter((r) => r.statusCode !== 201).map((r) => r.json() as FhirResource);
    expect(new Set(losers.map((b) => `${b.resourceType} ${talonCodeOf(b)}`))).toEqual(
      new Set(['OperationOutcome SLOT_TAKEN']),
    );
    const rows = await activeAppointmentsIn(t.database.db, [slot!.id]);
    expect(rows.map((r) => r.id)).toEqual([answers.find((r) => r.statusCode === 201)!.json().id]);
  }, 120_000);

  it('REST and FHIR racing for one slot: one winner between them', async () => {
    const [slot] = await buildSlots(t.database.db, { specialtyCode: 'ophthalmologist' });
    const patients = await createPatients(t, 100);
    const answers = await Promise.all(
      patients.map((p, i) =>
        i % 2 ? fhirBook(slot!.id, p.patientId) : book(t, p.session, { slotId: slot!.id }),
      ),
    );
    expect(answers.filter((r) => r.statusCode >= 500)).toEqual([]);
    expect(answers.filter((r) => r.statusCode === 201)).toHaveLength(1);
    expect(new Set(answers.filter((r) => r.statusCode !== 201).map((r) => r.statusCode))).toEqual(
      new Set([409]),
    );
    expect(await activeAppointmentsIn(t.database.db, [slot!.id])).toHaveLength(1);
  }, 60_000);
});
