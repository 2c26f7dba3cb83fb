import { fixedClock } from '@talon/core/shared';
import { attachPatient, auditEntriesAbout, buildPractitioner, outboxRowsOf } from '@talon/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChildOf, createPatients, createStaff, type TestPatient } from '../../testing/booking-helpers';
import type { Session } from '../../testing/identity-helpers';
import { createTestApp, type TestApp } from '../../testing/test-app';

/**
 * The desk's patient page (issue 13 item 1): the patient's waitlist with the desk's removal at their
 * request, and their representatives and wards — in the registrar's scope, audited.
 */
const clock = fixedClock(new Date('2026-12-01T06:00:00Z'));
let t: TestApp;
let clinicA: string;
let clinicB: string;
let registrar: { accountId: string; session: Session };
let parent: TestPatient;
let child: TestPatient;

const get = (url: string) => t.app.inject({ url, headers: registrar.session.headers });
const join = (p: TestPatient, organizationId: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/waitlist',
    headers: p.session.headers,
    payload: {
      specialty: 'ophthalmologist',
      organizationId,
      from: '2026-12-02',
      to: '2026-12-09',
      reason: 'no_free_slots',
    },
  });
const auditOf = async (patientId: string, action: string) =>
  (await auditEntriesAbout(t.database.db, patientId)).filter(
    (e) => e.action === action && e.actorAccountId === registrar.accountId,
  );

beforeAll(async () => {
  t = await createTestApp({ clock });
  const db = t.database.db;
  clinicA = (await buildPractitioner(db, { specialtyCode: 'ophthalmologist' })).organizationId;
  clinicB = (await buildPractitioner(db, { specialtyCode: 'ophthalmologist' })).organizationId;
  registrar = await createStaff(t, 'registrar', clinicA, { now: clock.now() });
  [parent] = (await createPatients(t, 1, { now: clock.now() })) as [TestPatient];
  child = await createChildOf(t, parent, clock.now());
  await attachPatient(db, parent.patientId, { organizationId: clinicA });
  await attachPatient(db, child.patientId, { organizationId: clinicA });
});
afterAll(() => t?.close());

describe('GET/DELETE /api/v1/registry/patients/{id}/waitlist', () => {
  it("lists the entries, removes one at the desk's clinic (audited, the patient told), refuses another clinic's", async () => {
    const atA = await join(parent, clinicA);
    const atB = await join(parent, clinicB);
    expect(atA.statusCode, atA.body).toBe(201);
    expect(atB.statusCode, atB.body).toBe(201);
    const listed = await get(`/api/v1/registry/patients/${parent.patientId}/waitlist`);
    expect(listed.statusCode, listed.body).toBe(200);
    const items = listed.json().items as { id: string; isAtDesk: boolean; isRemovable: boolean }[];
    expect(items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: atA.json().id, isAtDesk: true, isRemovable: true, status: 'waiting' }),
        expect.objectContaining({ id: atB.json().id, isAtDesk: false, isRemovable: false }),
      ]),
    );
    expect(await auditOf(parent.patientId, 'record.read')).toContainEqual(
      expect.objectContaining({ recordType: 'waitlist' }),
    );

    const remove = (entryId: string) =>
      t.app.inject({
        method: 'DELETE',
        url: `/api/v1/registry/patients/${parent.patientId}/waitlist/${entryId}`,
        headers: registrar.session.headers,
      });
    const refused = await remove(atB.json().id);
    expect(refused.statusCode, refused.body).toBe(403);
    expect(refused.json().code).toBe('CLINIC_OUT_OF_SCOPE');

    const removed = await remove(atA.json().id);
    expect(removed.statusCode, removed.body).toBe(204);
    expect(await auditOf(parent.patientId, 'waitlist.remove')).toEqual([
      expect.objectContaining({ recordType: 'waitlist_entry', recordId: atA.json().id }),
    ]);
    const told = (await outboxRowsOf(t.database.db, 'waitlist_removed')).map((m) => m.channel);
    expect(told).toContain('in_app');
    const own = await t.app.inject({ url: '/api/v1/waitlist', headers: parent.session.headers });
    expect((own.json().items as { id: string }[]).map((e) => e.id)).not.toContain(atA.json().id);
    expect((await remove(atA.json().id)).statusCode).toBe(404);
  });

  it('answers 404 with an access.denied entry for a patient the desk does not know', async () => {
    const [stranger] = (await createPatients(t, 1, { now: clock.now() })) as [TestPatient];
    for (const url of [
      `/api/v1/registry/patients/${stranger.patientId}/waitlist`,
      `/api/v1/registry/patients/${stranger.patientId}/representatives`,
    ]) {
      const res = await get(url);
      expect(res.statusCode, res.body).toBe(404);
      expect(res.json().code).toBe('PATIENT_NOT_FOUND');
    }
    expect(await auditOf(stranger.patientId, 'access.denied')).toHaveLength(2);
  });
});

describe('GET /api/v1/registry/patients/{id}/representatives', () => {
  it("names the parent's ward and the child's representative with the relation only (audited)", async () => {
    const ofParent = await get(`/api/v1/registry/patients/${parent.patientId}/representatives`);
    expect(ofParent.statusCode, ofParent.body).toBe(200);
    expect(ofParent.json()).toMatchObject({
      representatives: [],
      wards: [{ relation: 'parent', status: 'active', person: { surname: expect.any(String) } }],
    });
    expect(ofParent.json().wards[0].person).not.toHaveProperty('birthDate');
    const ofChild = await get(`/api/v1/registry/patients/${child.patientId}/representatives`);
    expect(ofChild.json()).toMatchObject({
      representatives: [{ relation: 'parent', status: 'active' }],
      wards: [],
    });
    expect(await auditOf(child.patientId, 'patient.read')).toContainEqual(
      expect.objectContaining({ recordType: 'representatives', recordId: parent.patientId }),
    );
  });
});
