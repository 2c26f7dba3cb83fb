import {
  auditEntriesAbout,
  buildAppointment,
  buildOrganization,
  buildPractitioner,
  outboxRowsOf,
  practitionerOrganizationId,
} from '@talon/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerPatient } from '../../testing/identity-helpers';
import { createStaffSession, type StaffSession } from '../../testing/staff-helpers';
import { createTestApp, type TestApp } from '../../testing/test-app';

/**
 * Issue 12 items 1 and 3 through the HTTP API: the doctor orders tests from a visit, a nurse of the clinic
 * enters the results (the order completed, the patient alerted), the doctor reviews them.
 */

let t: TestApp;
let patient: Awaited<ReturnType<typeof registerPatient>>;
let doctor: StaffSession;
let nurse: StaffSession;
/** A doctor of another clinic: the patient is not in their care. */
let stranger: StaffSession;
let encounterId: string;

beforeAll(async () => {
  t = await createTestApp({ worker: true });
  // Not attached to the clinic: the doctor's care comes from the visit, the nurse's from an open order.
  patient = await registerPatient(t);
  const practitioner = await buildPractitioner(t.database.db, { surname: 'Терапевтова' });
  const clinicId = await practitionerOrganizationId(t.database.db, practitioner.id);
  doctor = await createStaffSession(t, 'doctor', {
    organizationId: clinicId,
    practitionerId: practitioner.id,
  });
  const nursePractitioner = await buildPractitioner(t.database.db, { organizationId: clinicId });
  nurse = await createStaffSession(t, 'nurse', {
    organizationId: clinicId,
    practitionerId: nursePractitioner.id,
  });
  const elsewhere = await buildOrganization(t.database.db);
  const other = await buildPractitioner(t.database.db, { organizationId: elsewhere.id });
  stranger = await createStaffSession(t, 'doctor', {
    organizationId: elsewhere.id,
    practitionerId: other.id,
  });
  const role = await t.database.db.query.practitionerRoles.findFirst({
    where: (r, { eq: equal }) => equal(r.practitionerId, practitioner.id),
  });
  const appointment = await buildAppointment(t.database.db, {
    patientId: patient.me.patientId,
    slotOptions: { practitionerRoleId: role!.id },
  });
  const started = await call(doctor, 'POST', '/encounters', {
    patientId: patient.me.patientId,
    appointmentId: appointment.id,
  });
  encounterId = started.json().id;
});
afterAll(() => t?.close());

const call = (session: StaffSession, method: 'GET' | 'POST', url: string, payload?: unknown) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers: session.headers, ...(payload ? { payload } : {}) });

const order = (codes: string[], priority = 'routine') =>
  call(doctor, 'POST', `/encounters/${encounterId}/lab-orders`, { codes, priority, note: 'Натощак' });

describe('a laboratory order from the visit to its reviewed results (issue 12 items 1 and 3)', () => {
  it('is ordered by the doctor in care only, from the reference', async () => {
    const refused = await call(stranger, 'POST', `/encounters/${encounterId}/lab-orders`, { codes: ['cbc'] });
    expect(refused.statusCode).toBe(404);
    const denied = (await auditEntriesAbout(t.database.db, patient.me.patientId)).filter(
      (e) => e.action === 'access.denied',
    );
    expect(denied.length).toBeGreaterThan(0);
    const unknown = await order(['glucose', 'no-such-test']);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ code: 'UNKNOWN_LAB_TEST' });
    expect(unknown.json().errors?.[0]?.field ?? unknown.json().field).toContain('codes.1');
  });

  it('is entered by a nurse of the clinic, completes the order, alerts the patient; the doctor reviews it', async () => {
    const normal = await order(['718-7']);
    const urgent = await order(['glucose', '718-7'], 'urgent');
    expect(urgent.statusCode, urgent.body).toBe(201);
    expect(urgent.json()).toMatchObject({
      status: 'active',
      priority: 'urgent',
      note: 'Натощак',
      items: [
        { code: 'glucose', kind: 'panel', analytes: [{ code: '14749-6', unit: 'mmol/L' }] },
        { code: '718-7', kind: 'analyte', name: 'Гемоглобин' },
      ],
    });
    const orderId = urgent.json().id as string;

    // The patient sees both in the card; the nurse's list has the urgent one first.
    const card = await t.app.inject({
      method: 'GET',
      url: '/api/v1/records/lab-orders',
      headers: patient.session.headers,
    });
    expect(card.json().items.map((o: { id: string }) => o.id)).toEqual([orderId, normal.json().id]);
    const open = await call(nurse, 'GET', '/practitioner/lab-orders');
    expect(open.statusCode, open.body).toBe(200);
    expect(open.json().items.map((o: { id: string }) => o.id)).toEqual([orderId, normal.json().id]);

    const normalDone = await call(nurse, 'POST', `/lab-orders/${normal.json().id}/results`, {
      results: [{ code: '718-7', value: 130 }],
    });
    expect(normalDone.statusCode, normalDone.body).toBe(201);

    const notOrdered = await call(nurse, 'POST', `/lab-orders/${orderId}/results`, {
      results: [{ code: '2823-3', value: 4 }],
    });
    expect(notOrdered.statusCode).toBe(400);
    expect(notOrdered.json().code).toBe('LAB_RESULT_NOT_ORDERED');

    const entered = await call(nurse, 'POST', `/lab-orders/${orderId}/results`, {
      results: [
        { code: '14749-6', value: 6.3 },
        { code: '718-7', value: 125 },
      ],
    });
    expect(entered.statusCode, entered.body).toBe(201);
    const report = entered.json();
    expect(report).toMatchObject({ basedOnOrderId: orderId, enteredBy: { id: nurse.accountId } });
    expect(
      report.observations.map((o: { code: string; interpretation: string }) => [o.code, o.interpretation]),
    ).toEqual([
      ['14749-6', 'H'],
      ['718-7', 'N'],
    ]);
    // The nurse's care ended with the last open order; the doctor's (the visit) remains.
    const after = await call(doctor, 'GET', `/lab-orders/${orderId}`);
    expect(after.json()).toMatchObject({ status: 'completed', reportId: report.id });
    const alerts = await outboxRowsOf(t.database.db, 'lab_result_out_of_range');
    expect(alerts.length).toBeGreaterThan(0);
    expect(alerts.every((row) => row.accountId === patient.me.id)).toBe(true);
    const again = await call(doctor, 'POST', `/lab-orders/${orderId}/results`, {
      results: [{ code: '718-7', value: 125 }],
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('LAB_ORDER_NOT_ACTIVE');

    // Out of range first, though entered later; «Просмотрено» takes it off the list, once.
    const toReview = await call(doctor, 'GET', '/practitioner/results-to-review');
    expect(toReview.statusCode, toReview.body).toBe(200);
    expect(toReview.json().count).toBe(2);
    expect(
      toReview.json().items.map((r: { reportId: string; worst: string }) => [r.reportId, r.worst]),
    ).toEqual([
      [report.id, 'H'],
      [normalDone.json().id, 'N'],
    ]);
    // Pages in the same order; `total` (and `count`, the badge) counts every page, not the page.
    const second = await call(doctor, 'GET', '/practitioner/results-to-review?limit=1&offset=1');
    expect(second.json()).toMatchObject({ total: 2, count: 2, limit: 1, offset: 1 });
    expect(second.json().items.map((r: { reportId: string }) => r.reportId)).toEqual([normalDone.json().id]);
    const tooMany = await call(doctor, 'GET', '/practitioner/results-to-review?limit=201');
    expect(tooMany.statusCode).toBe(400);
    expect((await call(nurse, 'GET', '/practitioner/results-to-review')).json().count).toBe(0);
    const byNurse = await call(nurse, 'POST', `/practitioner/results/${report.id}/review`);
    expect(byNurse.statusCode).toBe(404);
    const reviewed = await call(doctor, 'POST', `/practitioner/results/${report.id}/review`);
    expect(reviewed.statusCode, reviewed.body).toBe(200);
    expect((await call(doctor, 'POST', `/practitioner/results/${report.id}/review`)).statusCode).toBe(200);
    const left = await call(doctor, 'GET', '/practitioner/results-to-review');
    expect(left.json().items.map((r: { reportId: string }) => r.reportId)).toEqual([normalDone.json().id]);
  });

  it('is revoked by its requester only, and then takes no results', async () => {
    const created = await order(['cbc']);
    const id = created.json().id as string;
    const byNurse = await call(nurse, 'POST', `/lab-orders/${id}/revoke`);
    expect(byNurse.statusCode).toBe(403);
    const revoked = await call(doctor, 'POST', `/lab-orders/${id}/revoke`);
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect(revoked.json().status).toBe('revoked');
    expect((await call(doctor, 'POST', `/lab-orders/${id}/revoke`)).statusCode).toBe(409);
    const late = await call(nurse, 'POST', `/lab-orders/${id}/results`, {
      results: [{ code: '718-7', value: 125 }],
    });
    expect(late.statusCode).toBe(404);
  });
});
