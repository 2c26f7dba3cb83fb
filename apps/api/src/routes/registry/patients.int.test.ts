import { randomInt } from 'node:crypto';
import { loadConfig } from '@talon/config';
import { omsCheckDigit } from '@talon/core/identifiers';
import type { Database } from '@talon/db';
import {
  attachPatient,
  buildAppointment,
  buildOrganization,
  buildPractitioner,
  buildRegisteredPatient,
  lastAuditEntry,
  practitionerRoleIds,
} from '@talon/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerPatient, uniquePhone, uniqueSnils } from '../../testing/identity-helpers';
import { createStaffSession, type StaffSession } from '../../testing/staff-helpers';
import { createTestApp, type TestApp } from '../../testing/test-app';

const keys = loadConfig({ NODE_ENV: 'test' }).secrets;

const uniqueOms = () => {
  const first15 = `77${String(randomInt(0, 1e13)).padStart(13, '0')}`;
  return `${first15}${omsCheckDigit(first15)}`;
};

const insertPatient = (db: Database, person: Parameters<typeof buildRegisteredPatient>[2]) =>
  buildRegisteredPatient(db, keys, person);

const lastSearchAudit = (db: Database) => lastAuditEntry(db, 'patient.search');

describe('POST /api/v1/registry/patients/search', () => {
  let t: TestApp;
  let registrar: StaffSession;
  let clinicId: string;
  const search = (session: StaffSession, query: Record<string, string>) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/registry/patients/search',
      payload: query,
      headers: session.headers,
    });

  /** A practitioner role at the registrar's clinic, for visits there. */
  let clinicRole: string | undefined;
  const clinicRoleId = async () => {
    if (!clinicRole) {
      const practitioner = await buildPractitioner(t.database.db, { organizationId: clinicId });
      [clinicRole] = await practitionerRoleIds(t.database.db, practitioner.id);
    }
    return clinicRole!;
  };

  beforeAll(async () => {
    t = await createTestApp({ worker: true });
    clinicId = (await buildOrganization(t.database.db)).id;
    registrar = await createStaffSession(t, 'registrar', { organizationId: clinicId });
  });
  afterAll(() => t?.close());

  it('finds a patient by SNILS as typed (with separators), masks it, and audits the search', async () => {
    const snils = uniqueSnils();
    const patient = await insertPatient(t.database.db, {
      surname: 'Смирнова',
      name: 'Ольга',
      birthDate: '1980-04-12',
      snils,
    });
    await attachPatient(t.database.db, patient.id, { organizationId: clinicId });
    const typed = `${snils.slice(0, 3)}-${snils.slice(3, 6)}-${snils.slice(6, 9)} ${snils.slice(9)}`;
    const res = await search(registrar, { snils: typed });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      items: [
        {
          id: patient.id,
          surname: 'Смирнова',
          name: 'Ольга',
          patronymic: 'Ивановна',
          birthDate: '1980-04-12',
          sex: 'female',
          snils: `***-***-${snils.slice(6, 9)} ${snils.slice(9)}`,
          phone: null,
          attachedOrganization: { id: clinicId, name: expect.any(String) },
          accessBasis: 'registry',
        },
      ],
      truncated: false,
    });
    expect(res.headers['cache-control']).toBe('no-store');
    const entry = await lastSearchAudit(t.database.db);
    expect(entry).toMatchObject({
      actorAccountId: registrar.accountId,
      subjectPatientId: patient.id,
      outcome: 'success',
      details: { criteria: ['snils'], patientIds: [patient.id], isTruncated: false },
    });
    // The log keeps ids, never the identifier searched for.
    expect(JSON.stringify(entry)).not.toContain(snils.slice(0, 9));
  });

  it('finds by OMS policy number and by phone (the clinic file or the patient account)', async () => {
    const oms = uniqueOms();
    const phone = uniquePhone();
    const byOms = await insertPatient(t.database.db, {
      surname: 'Полисова',
      name: 'Анна',
      birthDate: '1975-01-01',
      oms,
    });
    const byPhone = await insertPatient(t.database.db, {
      surname: 'Телефонова',
      name: 'Вера',
      birthDate: '1976-01-01',
      phone,
    });
    const omsRes = await search(registrar, { oms: `${oms.slice(0, 4)} ${oms.slice(4)}` });
    expect(omsRes.json().items.map((p: { id: string }) => p.id)).toEqual([byOms.id]);
    const phoneRes = await search(registrar, {
      phone: `8 (${phone.slice(2, 5)}) ${phone.slice(5, 8)}-${phone.slice(8, 10)}-${phone.slice(10)}`,
    });
    expect(phoneRes.json().items.map((p: { id: string }) => p.id)).toEqual([byPhone.id]);

    const registered = await registerPatient(t);
    const accountRes = await search(registrar, { phone: registered.body.phone as string });
    expect(accountRes.statusCode).toBe(200);
    expect(accountRes.json().items).toHaveLength(1);
    expect(accountRes.json().items[0]).toMatchObject({ surname: 'Иванова', birthDate: '1985-03-05' });
  });

  it('finds by surname and birth date, ё and е alike and in any case, narrowed by the name', async () => {
    const olga = await insertPatient(t.database.db, {
      surname: 'Семёнова',
      name: 'Ольга',
      birthDate: '1970-02-01',
    });
    const alyona = await insertPatient(t.database.db, {
      surname: 'Семенова',
      name: 'Алёна',
      birthDate: '1970-02-01',
    });
    await insertPatient(t.database.db, { surname: 'Семёнова', name: 'Ольга', birthDate: '1971-02-01' });
    // Known to the registrar's clinic (issue 13): one attached there, one with a visit there.
    await attachPatient(t.database.db, olga.id, { organizationId: clinicId });
    await buildAppointment(t.database.db, {
      patientId: alyona.id,
      slotOptions: { practitionerRoleId: await clinicRoleId() },
    });
    const both = await search(registrar, { surname: 'СЕМЕНОВА', birthDate: '01.02.1970' });
    expect(both.statusCode, both.body).toBe(200);
    expect(
      both
        .json()
        .items.map((p: { id: string }) => p.id)
        .sort(),
    ).toEqual([olga.id, alyona.id].sort());
    const one = await search(registrar, { surname: 'семёнова', name: 'Алена', birthDate: '1970-02-01' });
    expect(one.json().items.map((p: { id: string }) => p.id)).toEqual([alyona.id]);
    expect((await lastSearchAudit(t.database.db))?.details).toMatchObject({
      criteria: ['birthDate', 'name', 'surname'],
    });
  });

  it('shows at most 20 people and says there are more', async () => {
    for (let i = 0; i < 21; i++) {
      const many = await insertPatient(t.database.db, {
        surname: 'Многова',
        name: 'Мария',
        birthDate: '1990-05-05',
      });
      await attachPatient(t.database.db, many.id, { organizationId: clinicId });
    }
    const res = await search(registrar, { surname: 'Многова', birthDate: '05.05.1990' });
    expect(res.json().items).toHaveLength(20);
    expect(res.json().truncated).toBe(true);
  });

  it("finds another clinic's patient by an exact identifier only, never by name (issue 13)", async () => {
    const snils = uniqueSnils();
    const elsewhere = await insertPatient(t.database.db, {
      surname: 'Чужая',
      name: 'Анна',
      birthDate: '1981-08-08',
      snils,
    });
    const otherClinic = await buildOrganization(t.database.db);
    await attachPatient(t.database.db, elsewhere.id, { organizationId: otherClinic.id });
    const byName = await search(registrar, { surname: 'Чужая', birthDate: '1981-08-08' });
    expect(byName.statusCode).toBe(200);
    expect(byName.json().items).toEqual([]);
    const bySnils = await search(registrar, { snils });
    expect(bySnils.json().items.map((p: { id: string }) => p.id)).toEqual([elsewhere.id]);
    // A visit at the registrar's clinic makes the person known there: the name finds them then.
    await buildAppointment(t.database.db, {
      patientId: elsewhere.id,
      slotOptions: {
        practitionerRoleId: await clinicRoleId(),
        start: new Date(Date.now() - 30 * 86_400_000),
      },
      appointment: { status: 'fulfilled' },
    });
    const known = await search(registrar, { surname: 'Чужая', birthDate: '1981-08-08' });
    expect(known.json().items.map((p: { id: string }) => p.id)).toEqual([elsewhere.id]);
  });

  it("lets a call-centre operator browse by name the patients of their region's clinics only", async () => {
    const operator = await createStaffSession(t, 'call_centre', { regionCode: '77' });
    const farAway = await buildOrganization(t.database.db, {
      regionCode: '54',
      timeZone: 'Asia/Novosibirsk',
    });
    const moscow = await insertPatient(t.database.db, {
      surname: 'Звонкова',
      name: 'Ия',
      birthDate: '1977-07-07',
    });
    const siberia = await insertPatient(t.database.db, {
      surname: 'Звонкова',
      name: 'Ия',
      birthDate: '1977-07-07',
    });
    await attachPatient(t.database.db, moscow.id, { organizationId: clinicId });
    await attachPatient(t.database.db, siberia.id, { organizationId: farAway.id });
    const res = await search(operator, { surname: 'Звонкова', birthDate: '07.07.1977' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items.map((p: { id: string; accessBasis: string }) => [p.id, p.accessBasis])).toEqual([
      [moscow.id, 'registry'],
    ]);
  });

  it('shows a clinic admin only the patients attached to their clinics', async () => {
    const admin = await createStaffSession(t, 'clinic_admin', { organizationId: clinicId });
    const ours = await insertPatient(t.database.db, {
      surname: 'Прикреплённая',
      name: 'Ия',
      birthDate: '1960-06-06',
    });
    await insertPatient(t.database.db, { surname: 'Прикреплённая', name: 'Ия', birthDate: '1960-06-06' });
    await attachPatient(t.database.db, ours.id, { organizationId: clinicId });
    const res = await search(admin, { surname: 'Прикрепленная', birthDate: '1960-06-06' });
    expect(res.json().items.map((p: { id: string; accessBasis: string }) => [p.id, p.accessBasis])).toEqual([
      [ours.id, 'organization'],
    ]);
  });

  it('refuses a search that names nobody, or malformed criteria, with 400 in Russian', async () => {
    const empty = await search(registrar, {});
    expect(empty.statusCode).toBe(400);
    expect(empty.json()).toMatchObject({
      code: 'SEARCH_CRITERIA_REQUIRED',
      detail: expect.stringMatching(/СНИЛС/),
    });
    const nameOnly = await search(registrar, { surname: 'Иванова' });
    expect(nameOnly.statusCode).toBe(400);
    expect(nameOnly.json()).toMatchObject({ code: 'SEARCH_CRITERIA_INVALID' });
    expect(nameOnly.json().errors).toEqual([
      { field: 'body.birthDate', message: 'Для поиска по фамилии и имени укажите дату рождения.' },
    ]);
    const bad = await search(registrar, {
      snils: '112-233-445 96',
      phone: 'abc',
      birthDate: '31.02.1990',
      surname: 'X1',
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['body.birthDate', 'body.phone', 'body.snils', 'body.surname']);
    const control = await search(registrar, { surname: 'Ива\u0000нова', birthDate: '1990-01-01' });
    expect(control.statusCode).toBe(400);
  });
});
