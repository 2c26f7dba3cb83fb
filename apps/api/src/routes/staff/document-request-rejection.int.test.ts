import { attachPatient, auditEntriesAbout, buildSigningDoctor, outboxRowsOf } from '@talon/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerPatient } from '../../testing/identity-helpers';
import { createStaffSession, type StaffSession } from '../../testing/staff-helpers';
import { useTestApp } from '../../testing/test-app';

/**
 * A doctor refuses a requested certificate (issue 12): the reason is required (422 with the field), the
 * request is closed `rejected` with it, the patient is told in the app and sees «Отклонено» with the reason
 * in «История обращений»; a doctor of another clinic gets 404 and an `access.denied` entry.
 */
const t = useTestApp({ worker: true });

let patient: Awaited<ReturnType<typeof registerPatient>>;
let doctor: StaffSession;
let outsider: StaffSession;
let requestId: string;

const reject = (session: Pick<StaffSession, 'headers'>, payload: object) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/practitioner/document-requests/${requestId}/reject`,
    headers: session.headers,
    payload,
  });

beforeAll(async () => {
  patient = await registerPatient(t);
  const clinic = await buildSigningDoctor(t.database.db, 'ГБУЗ «Городская поликлиника № 21»');
  await attachPatient(t.database.db, patient.me.patientId, { organizationId: clinic.organizationId });
  doctor = await createStaffSession(t, 'doctor', clinic);
  outsider = await createStaffSession(t, 'doctor', await buildSigningDoctor(t.database.db, 'ГБУЗ «ГП № 88»'));
  const ordered = await t.app.inject({
    method: 'POST',
    url: '/api/v1/document-requests',
    headers: patient.session.headers,
    payload: { type: 'sport-certificate', purpose: 'секция плавания' },
  });
  expect(ordered.json()).toMatchObject({ status: 'awaiting_signature' });
  requestId = ordered.json().id;
});

describe('rejecting a certificate request', () => {
  it('is not found for a doctor of another clinic, and the refusal is audited', async () => {
    const res = await reject(outsider, { reason: 'Нужен осмотр' });
    expect(res.statusCode).toBe(404);
    const entries = await auditEntriesAbout(t.database.db, patient.me.patientId);
    expect(entries.some((e) => e.action === 'access.denied')).toBe(true);
  });

  it('needs a reason: 422 naming the field', async () => {
    const res = await reject(doctor, { reason: '   ' });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({
      code: 'DOCUMENT_REQUEST_REJECTION_REASON_REQUIRED',
      errors: [{ field: 'body.reason' }],
    });
  });

  it('closes the request rejected with the reason, tells the patient, and shows it in the history', async () => {
    const res = await reject(doctor, { reason: 'Нужен очный осмотр педиатра' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'rejected', rejectionReason: 'Нужен очный осмотр педиатра' });
    expect((await reject(doctor, { reason: 'ещё раз' })).json()).toMatchObject({
      code: 'DOCUMENT_REQUEST_STATUS_CONFLICT',
    });

    const notices = await outboxRowsOf(t.database.db, 'document_request_rejected');
    expect(notices.map((row) => row.channel)).toEqual(['in_app']);
    expect(notices[0]?.recipient).toBe(patient.me.id);
    const actions = (await auditEntriesAbout(t.database.db, patient.me.patientId)).map((e) => e.action);
    expect(actions).toContain('document_request.reject');

    const history = await t.app.inject({
      url: '/api/v1/me/request-history?type=document_request',
      headers: patient.session.headers,
    });
    expect(history.json().items.find((item: { id: string }) => item.id === requestId)).toMatchObject({
      status: 'rejected',
      statusLabel: 'Отклонено',
      comment: 'Нужен очный осмотр педиатра',
    });
  });
});
