import { attachPatient, lastAuditEntry } from '@talon/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerPatient } from '../../testing/identity-helpers';
import { createStaffSession, type StaffSession } from '../../testing/staff-helpers';
import { useTestApp } from '../../testing/test-app';

/** The clinic's queue of certificate requests (issue 13 item 3): scoped to the caller's clinics, audited. */
const t = useTestApp({ worker: true });
let registrarA: StaffSession;
let adminA: StaffSession;
let adminB: StaffSession;
let requestId: string;

const queue = (staff: StaffSession, query = '') =>
  t.app.inject({ url: `/api/v1/admin/document-requests${query}`, headers: staff.headers });

beforeAll(async () => {
  registrarA = await createStaffSession(t, 'registrar');
  adminA = await createStaffSession(t, 'clinic_admin', { organizationId: registrarA.organizationId! });
  adminB = await createStaffSession(t, 'clinic_admin');
  const patient = await registerPatient(t);
  await attachPatient(t.database.db, patient.me.patientId, { organizationId: registrarA.organizationId! });
  const ordered = await t.app.inject({
    method: 'POST',
    url: '/api/v1/document-requests',
    headers: patient.session.headers,
    payload: { type: 'pool-certificate', purpose: 'бассейн' },
  });
  expect(ordered.statusCode, ordered.body).toBe(201);
  requestId = ordered.json().id;
});

describe('GET /api/v1/admin/document-requests', () => {
  it("lists the clinic's open requests with the patient, the legal deadline and the overdue flag; audited", async () => {
    for (const staff of [adminA, registrarA]) {
      const res = await queue(staff);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['cache-control']).toBe('private, no-store');
      const [item] = res.json().items;
      expect(item).toMatchObject({
        id: requestId,
        number: expect.stringMatching(/^СПР-/),
        type: 'pool-certificate',
        status: 'awaiting_signature',
        patient: { name: expect.any(String) },
        organization: { id: registrarA.organizationId },
        isOverdue: false,
      });
      // Three working days: at least three calendar days ahead.
      expect(Date.parse(item.dueAt) - Date.parse(item.createdAt)).toBeGreaterThan(3 * 86_400_000);
    }
    expect(await lastAuditEntry(t.database.db, 'record.read')).toMatchObject({
      actorAccountId: registrarA.accountId,
      recordType: 'document_request_list',
      details: { requestIds: [requestId] },
    });
  });

  it("another clinic's admin does not see them; a status filter narrows the list", async () => {
    expect((await queue(adminB)).json().items).toEqual([]);
    expect((await queue(adminA, '?status=ready')).json().items).toEqual([]);
    const bad = await queue(adminA, '?status=lost');
    expect(bad.statusCode).toBe(400);
  });
});
