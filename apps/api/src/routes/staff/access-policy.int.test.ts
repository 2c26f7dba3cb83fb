import {
  attachPatient,
  auditEntriesAbout,
  buildPractitioner,
  practitionerOrganizationId,
} from '@talon/testing';
import { describe, expect, it } from 'vitest';
import { readCode, registerPatient, uniqueSnils } from '../../testing/identity-helpers';
import { createStaffSession } from '../../testing/staff-helpers';
import { useTestApp } from '../../testing/test-app';

const t = useTestApp({ worker: true });

const card = (id: string, headers: Record<string, string>) =>
  t.app.inject({ url: `/api/v1/patients/${id}`, headers });
const auditFor = (patientId: string) => auditEntriesAbout(t.database.db, patientId);

describe('the access policy', () => {
  it("answers 404 when patient A asks for patient B's card, and audits the refusal", async () => {
    const a = await registerPatient(t);
    const b = await registerPatient(t);
    const own = await card(a.me.patientId, a.session.headers);
    expect(own.statusCode).toBe(200);
    expect(own.json()).toMatchObject({
      accessBasis: 'self',
      snils: expect.stringMatching(/^\*\*\*-\*\*\*-\d{3} \d{2}$/),
    });
    const other = await card(b.me.patientId, a.session.headers);
    expect(other.statusCode).toBe(404);
    expect(other.json().code).toBe('PATIENT_NOT_FOUND');
    // Same answer as for a record that does not exist.
    const none = await card('00000000-0000-4000-8000-000000000000', a.session.headers);
    expect(none.json().detail).toBe(other.json().detail);
    const denied = (await auditFor(b.me.patientId)).filter((e) => e.action === 'access.denied');
    expect(denied).toHaveLength(1);
    expect(denied[0]).toMatchObject({ actorAccountId: a.me.id, outcome: 'denied' });
  });

  it('lets a doctor read a patient in care, refuses one outside it (404, audited), and allows it after break-the-glass', async () => {
    const { me } = await registerPatient(t);
    const practitioner = await buildPractitioner(t.database.db);
    const organizationId = await practitionerOrganizationId(t.database.db, practitioner.id);
    const doctor = await createStaffSession(t, 'doctor', {
      organizationId,
      practitionerId: practitioner.id,
    });
    expect((await card(me.patientId, doctor.headers)).statusCode).toBe(404);
    expect(
      (await auditFor(me.patientId)).some(
        (e) => e.action === 'access.denied' && e.actorAccountId === doctor.accountId,
      ),
    ).toBe(true);

    const short = await t.app.inject({
      method: 'POST',
      url: `/api/v1/patients/${me.patientId}/emergency-access`,
      headers: doctor.headers,
      payload: { reason: 'срочно' },
    });
    expect(short.statusCode).toBe(400);
    const glass = await t.app.inject({
      method: 'POST',
      url: `/api/v1/patients/${me.patientId}/emergency-access`,
      headers: doctor.headers,
      payload: { reason: 'Пациент без сознания доставлен в приёмное отделение' },
    });
    expect(glass.statusCode).toBe(201);
    const read = await card(me.patientId, doctor.headers);
    expect(read.statusCode).toBe(200);
    expect(read.json().accessBasis).toBe('emergency');

    const admin = await createStaffSession(t, 'system_admin');
    const from = new Date(Date.now() - 3600_000).toISOString();
    const to = new Date(Date.now() + 3600_000).toISOString();
    const report = await t.app.inject({
      url: '/api/v1/admin/emergency-accesses',
      query: { from, to },
      headers: admin.headers,
    });
    expect(report.statusCode).toBe(200);
    expect(report.json().items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ accountId: doctor.accountId, patientId: me.patientId }),
      ]),
    );
    // Care relation: once the patient is attached to the doctor's clinic, no emergency is needed.
    await attachPatient(t.database.db, me.patientId, { organizationId });
    expect((await card(me.patientId, doctor.headers)).json().accessBasis).toBe('care');
  });

  it('does not let a system admin read a patient card, nor a patient search the audit log', async () => {
    const { me, session } = await registerPatient(t);
    const admin = await createStaffSession(t, 'system_admin');
    expect((await card(me.patientId, admin.headers)).statusCode).toBe(404);
    expect(
      (await t.app.inject({ url: '/api/v1/admin/audit-events', headers: { cookie: session.cookie } }))
        .statusCode,
    ).toBe(403);
    const log = await t.app.inject({
      url: '/api/v1/admin/audit-events',
      query: { person: me.patientId },
      headers: admin.headers,
    });
    expect(log.statusCode).toBe(200);
    expect(log.json().items.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['auth.register', 'access.denied']),
    );
  });
});

describe('representatives', () => {
  it('a parent adds a child with a birth certificate, acts for them, and can end the link', async () => {
    const parent = await registerPatient(t);
    const add = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/wards',
      headers: parent.session.headers,
      payload: {
        relation: 'parent',
        surname: 'иванов',
        name: 'пётр',
        birthDate: '01.06.2020',
        sex: 'male',
        document: 'IV-МЮ 123456',
      },
    });
    expect(add.statusCode, add.body).toBe(201);
    const ward = add.json();
    expect(ward).toMatchObject({
      relation: 'parent',
      status: 'active',
      patient: { surname: 'Иванов', name: 'Пётр', birthDate: '2020-06-01' },
    });
    expect((await card(ward.patient.id, parent.session.headers)).json().accessBasis).toBe('representative');
    const list = await t.app.inject({ url: '/api/v1/me/wards', headers: parent.session.headers });
    expect(list.json().items).toHaveLength(1);
    const end = await t.app.inject({
      method: 'POST',
      url: `/api/v1/me/wards/${ward.linkId}/end`,
      headers: parent.session.headers,
    });
    expect(end.statusCode).toBe(204);
    expect((await card(ward.patient.id, parent.session.headers)).statusCode).toBe(404);
  });

  it('refuses an adult as a child, and a child without a document', async () => {
    const parent = await registerPatient(t);
    const add = (payload: Record<string, unknown>) =>
      t.app.inject({ method: 'POST', url: '/api/v1/me/wards', headers: parent.session.headers, payload });
    const base = { relation: 'parent', surname: 'Иванов', name: 'Пётр', sex: 'male' };
    expect((await add({ ...base, birthDate: '01.06.1990', document: 'IV-МЮ 123456' })).json().code).toBe(
      'WARD_NOT_A_CHILD',
    );
    expect((await add({ ...base, birthDate: '01.06.2020' })).json().code).toBe('WARD_DOCUMENT_REQUIRED');
  });

  it('a guardian link waits for the registry, which approves it', async () => {
    const guardian = await registerPatient(t);
    const add = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/wards',
      headers: guardian.session.headers,
      payload: {
        relation: 'guardian',
        surname: 'Сидоров',
        name: 'Иван',
        birthDate: '01.01.1950',
        sex: 'male',
        document: 'Решение № 45-оп',
      },
    });
    expect(add.statusCode, add.body).toBe(201);
    const ward = add.json();
    expect(ward.status).toBe('pending');
    expect((await card(ward.patient.id, guardian.session.headers)).statusCode).toBe(404);
    // A new person belongs to no clinic: no registry may decide, a system admin does (issue 15).
    const registrar = await createStaffSession(t, 'registrar');
    const notTheirs = await t.app.inject({
      url: '/api/v1/registry/representative-links',
      headers: registrar.headers,
    });
    expect(notTheirs.json().items.map((l: { id: string }) => l.id)).not.toContain(ward.linkId);
    const admin = await createStaffSession(t, 'system_admin');
    const pending = await t.app.inject({
      url: '/api/v1/registry/representative-links',
      headers: admin.headers,
    });
    expect(pending.json().items).toContainEqual(
      expect.objectContaining({
        id: ward.linkId,
        ward: expect.objectContaining({ surname: 'Сидоров', birthDate: '1950-01-01' }),
        document: 'РЕШЕНИЕ № 45-ОП',
      }),
    );
    const decided = await t.app.inject({
      method: 'POST',
      url: `/api/v1/registry/representative-links/${ward.linkId}/decision`,
      headers: admin.headers,
      payload: { decision: 'approve' },
    });
    expect(decided.statusCode, decided.body).toBe(200);
    expect(decided.json().status).toBe('active');
    expect((await card(ward.patient.id, guardian.session.headers)).json().accessBasis).toBe('representative');
  });

  it("booking for another adult needs that adult's consent by a code to their phone", async () => {
    const asker = await registerPatient(t);
    const adult = await registerPatient(t, {
      surname: 'Петров',
      name: 'Олег',
      sex: 'male',
      birthDate: '12.12.1960',
      snils: uniqueSnils(),
    });
    const start = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/proxies',
      headers: asker.session.headers,
      payload: { surname: 'Петров', name: 'Олег', birthDate: '12.12.1960', snils: adult.body.snils },
    });
    expect(start.statusCode, start.body).toBe(201);
    const code = await readCode(t, adult.body.phone as string, /разрешить запись/);
    const confirm = await t.app.inject({
      method: 'POST',
      url: `/api/v1/me/proxies/${start.json().consentRequestId}/confirm`,
      headers: asker.session.headers,
      payload: { code },
    });
    expect(confirm.statusCode, confirm.body).toBe(200);
    expect(confirm.json()).toMatchObject({
      relation: 'consent',
      status: 'active',
      patient: { id: adult.me.patientId },
    });
    expect((await card(adult.me.patientId, asker.session.headers)).json().accessBasis).toBe(
      'booking_consent',
    );
  });
});
