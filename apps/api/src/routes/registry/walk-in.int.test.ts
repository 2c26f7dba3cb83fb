import { accountsOfPatient, buildOrganization, lastAuditEntry, patientRow } from '@talon/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniqueSnils } from '../../testing/identity-helpers';
import { createStaffSession, type StaffSession } from '../../testing/staff-helpers';
import { createTestApp, type TestApp } from '../../testing/test-app';

/** Issue 13: the front desk registers a walk-in who has no account, phone or e-mail. */
describe('POST /api/v1/registry/patients', () => {
  let t: TestApp;
  let registrarA: StaffSession;
  let registrarB: StaffSession;
  const card = (overrides: Record<string, string> = {}) => ({
    surname: 'Кузнецова',
    name: 'Прасковья',
    patronymic: 'Ильинична',
    birthDate: '14.02.1941',
    sex: 'female',
    snils: uniqueSnils(),
    passport: '45 03 123456',
    ...overrides,
  });
  const register = (session: StaffSession, payload: Record<string, string>) =>
    t.app.inject({ method: 'POST', url: '/api/v1/registry/patients', payload, headers: session.headers });
  const search = (session: StaffSession, payload: Record<string, string>) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/registry/patients/search',
      payload,
      headers: session.headers,
    });

  beforeAll(async () => {
    t = await createTestApp();
    const clinicA = (await buildOrganization(t.database.db)).id;
    const clinicB = (await buildOrganization(t.database.db)).id;
    registrarA = await createStaffSession(t, 'registrar', { organizationId: clinicA });
    registrarB = await createStaffSession(t, 'registrar', { organizationId: clinicB });
  });
  afterAll(() => t?.close());

  it('registers a person without phone or e-mail, known to the desk at once, and audits it', async () => {
    const res = await register(registrarA, card({ address: 'г. Москва, ул. Лесная, д. 5, кв. 12' }));
    expect(res.statusCode, res.body).toBe(201);
    const { id } = res.json();
    const row = await patientRow(t.database.db, id);
    expect(row).toMatchObject({
      surname: 'Кузнецова',
      birthDate: '1941-02-14',
      phone: null,
      email: null,
      registeredOrganizationId: registrarA.organizationId,
    });
    expect(row!.identityDocumentEncrypted).not.toContain('123456');
    expect(await accountsOfPatient(t.database.db, id)).toEqual([]);
    expect(await lastAuditEntry(t.database.db, 'patient.create')).toMatchObject({
      actorAccountId: registrarA.accountId,
      subjectPatientId: id,
      outcome: 'success',
    });
    // Known to the registering clinic's desk: found by name, the card opens.
    const found = await search(registrarA, { surname: 'Кузнецова', birthDate: '14.02.1941' });
    expect(found.json().items.map((p: { id: string }) => p.id)).toContain(id);
    const opened = await t.app.inject({ url: `/api/v1/patients/${id}`, headers: registrarA.headers });
    expect(opened.statusCode, opened.body).toBe(200);
    // Another clinic's desk neither browses nor opens them.
    const elsewhere = await search(registrarB, { surname: 'Кузнецова', birthDate: '14.02.1941' });
    expect(elsewhere.statusCode).toBe(200);
    expect(elsewhere.json().items).toEqual([]);
    const refused = await t.app.inject({ url: `/api/v1/patients/${id}`, headers: registrarB.headers });
    expect(refused.statusCode).toBe(404);
  });

  it('refuses a SNILS with wrong check digits, naming the field', async () => {
    const res = await register(registrarA, card({ snils: '112-233-445 96' }));
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'WALK_IN_INVALID' });
    expect(res.json().errors.map((e: { field: string }) => e.field)).toEqual(['body.snils']);
  });

  it('answers 409 with the card on file when the SNILS is already registered', async () => {
    const snils = uniqueSnils();
    const first = await register(registrarA, card({ snils }));
    expect(first.statusCode, first.body).toBe(201);
    const again = await register(registrarB, card({ snils, surname: 'Иванова' }));
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'PATIENT_ALREADY_EXISTS', patientId: first.json().id });
  });

  it("refuses to register at a clinic outside the caller's desk", async () => {
    const res = await register(registrarA, { ...card(), organizationId: registrarB.organizationId! });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('CLINIC_OUT_OF_SCOPE');
  });
});
