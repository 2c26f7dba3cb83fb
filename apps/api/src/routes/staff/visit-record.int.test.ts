import { loadConfig } from '@talon/config';
import {
  createFieldCipher,
  issueDemoCertificates,
  type NotificationEvent,
  openNotificationEventSource,
} from '@talon/db';
import {
  attachPatient,
  auditEntriesAbout,
  buildAppointment,
  buildOrganization,
  buildPractitioner,
  encounterVersionRows,
  outboxRowsOf,
  practitionerOrganizationId,
  prescriptionDocumentRow,
  prescriptionRow,
} from '@talon/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerPatient } from '../../testing/identity-helpers';
import { createStaffSession, type StaffSession } from '../../testing/staff-helpers';
import { createTestApp, type TestApp } from '../../testing/test-app';

/**
 * Issue 12, items 3 and 4 through the HTTP API: the visit record (start, autosave, finish, amend) and the
 * e-prescription's workflow, on PGlite and PostgreSQL.
 */

let now = new Date();
const clock = { now: () => now };
let t: TestApp;
let patient: Awaited<ReturnType<typeof registerPatient>>;
let practitionerId: string;
let clinicId: string;
let doctor: StaffSession;
/** A doctor of another clinic: the patient is not in their care. */
let stranger: StaffSession;

beforeAll(async () => {
  t = await createTestApp({ clock, worker: true });
  patient = await registerPatient(t);
  const practitioner = await buildPractitioner(t.database.db, {
    surname: 'Кардиологова',
    specialtyCode: 'cardiologist',
  });
  practitionerId = practitioner.id;
  clinicId = await practitionerOrganizationId(t.database.db, practitionerId);
  await attachPatient(t.database.db, patient.me.patientId, { organizationId: clinicId });
  doctor = await createStaffSession(t, 'doctor', { organizationId: clinicId, practitionerId });
  const elsewhere = await buildOrganization(t.database.db);
  const other = await buildPractitioner(t.database.db, { organizationId: elsewhere.id });
  stranger = await createStaffSession(t, 'doctor', {
    organizationId: elsewhere.id,
    practitionerId: other.id,
  });
  await issueDemoCertificates(t.database.db, createFieldCipher(loadConfig({ NODE_ENV: 'test' }).secrets), {
    secret: Buffer.alloc(32, 7),
    label: 'visit-record',
    holders: [
      {
        kind: 'practitioner',
        id: practitionerId,
        name: { commonName: 'Кардиологова Иван Петрович', organization: 'Поликлиника' },
      },
    ],
  });
});
afterAll(() => t?.close());

const call = (session: StaffSession, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers: session.headers, ...(payload ? { payload } : {}) });

const deniedEntries = async () =>
  (await auditEntriesAbout(t.database.db, patient.me.patientId)).filter((e) => e.action === 'access.denied');

describe('the references of the visit (issue 12, items 3 and 4)', () => {
  it('finds ICD-10 codes by words and by code', async () => {
    const words = await call(doctor, 'GET', `/reference/icd10?q=${encodeURIComponent('гипертония')}`);
    expect(words.statusCode, words.body).toBe(200);
    expect(words.json().items[0]).toEqual({ code: 'I10', name: 'Эссенциальная [первичная] гипертензия' });
    const code = await call(doctor, 'GET', '/reference/icd10?q=j06');
    expect(code.json().items.map((i: { code: string }) => i.code)).toContain('J06.9');
    expect(code.json().items.every((i: { code: string }) => i.code.startsWith('J06'))).toBe(true);
  });

  it('finds medicines by МНН with their forms, and has templates for the common specialties', async () => {
    const found = await call(doctor, 'GET', `/reference/medicines?q=${encodeURIComponent('амлоди')}`);
    expect(found.json().items[0]).toMatchObject({ id: 'amlodipine', name: 'Амлодипин' });
    expect(found.json().items[0].forms[0].strengths).toContain('5 мг');
    for (const specialty of [
      'therapist',
      'pediatrician',
      'cardiologist',
      'neurologist',
      'ophthalmologist',
      'otolaryngologist',
      'surgeon',
      'gp',
    ]) {
      const templates = await call(doctor, 'GET', `/reference/visit-templates?specialty=${specialty}`);
      expect(templates.json().items.length, specialty).toBeGreaterThan(0);
      expect(templates.json().items[0].sections.examination, specialty).toBeTruthy();
    }
  });

  it('is for practitioners only', async () => {
    const asPatient = await t.app.inject({
      method: 'GET',
      url: '/api/v1/reference/icd10?q=i10',
      headers: patient.session.headers,
    });
    expect(asPatient.statusCode).toBe(403);
  });
});

describe('the visit record (issue 12, item 3; rule 26)', () => {
  it('is started for an appointment once, saved while in progress, finished, then only amended', async () => {
    const role = await t.database.db.query.practitionerRoles.findFirst({
      where: (r, { eq: equal }) => equal(r.practitionerId, practitionerId),
    });
    const appointment = await buildAppointment(t.database.db, {
      patientId: patient.me.patientId,
      slotOptions: { practitionerRoleId: role!.id },
    });
    const body = { patientId: patient.me.patientId, appointmentId: appointment.id };
    const started = await call(doctor, 'POST', '/encounters', body);
    expect(started.statusCode, started.body).toBe(201);
    expect(started.json()).toMatchObject({
      status: 'in-progress',
      version: 1,
      appointmentId: appointment.id,
    });
    expect(started.json().specialty.code).toBe('cardiologist');
    const again = await call(doctor, 'POST', '/encounters', body);
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(started.json().id);
    const id = started.json().id as string;

    const sections = { complaints: 'Головная боль', examination: 'АД 160/95 мм рт. ст.' };
    const saved = await call(doctor, 'PUT', `/encounters/${id}`, {
      sections,
      diagnoses: [
        { code: 'i10', role: 'primary' },
        { code: 'E78.0', role: 'secondary' },
      ],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().complaints).toBe('Головная боль');
    expect(
      saved
        .json()
        .conditions.map((c: { code: string; role: string }) => [c.code, c.role])
        .sort(),
    ).toEqual([
      ['E78.0', 'secondary'],
      ['I10', 'primary'],
    ]);
    // Saving again replaces the diagnoses; two primaries are refused; an unknown code names its field.
    const twoPrimaries = await call(doctor, 'PUT', `/encounters/${id}`, {
      sections,
      diagnoses: [
        { code: 'I10', role: 'primary' },
        { code: 'E78.0', role: 'primary' },
      ],
    });
    expect(twoPrimaries.statusCode).toBe(409);
    const unknown = await call(doctor, 'PUT', `/encounters/${id}`, {
      sections,
      diagnoses: [{ code: 'Z99.99', role: 'primary' }],
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0].field).toBe('body.diagnoses.0.code');
    await call(doctor, 'PUT', `/encounters/${id}`, {
      sections,
      diagnoses: [{ code: 'I10', role: 'primary' }],
    });

    const finished = await call(doctor, 'POST', `/encounters/${id}/finish`);
    expect(finished.statusCode, finished.body).toBe(200);
    expect(finished.json().status).toBe('finished');
    expect((await call(doctor, 'POST', `/encounters/${id}/finish`)).statusCode).toBe(409);

    const edit = await call(doctor, 'PUT', `/encounters/${id}`, {
      sections: { complaints: 'Иначе' },
      diagnoses: [],
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().code).toBe('ENCOUNTER_FINISHED');

    const noReason = await call(doctor, 'POST', `/encounters/${id}/amendments`, {
      sections: { conclusion: 'ГБ II ст.' },
      reason: ' ',
    });
    expect(noReason.statusCode).toBe(400);
    const amended = await call(doctor, 'POST', `/encounters/${id}/amendments`, {
      sections: { conclusion: 'Гипертоническая болезнь II стадии' },
      reason: 'Уточнено заключение',
    });
    expect(amended.statusCode, amended.body).toBe(201);
    expect(amended.json()).toMatchObject({
      version: 2,
      status: 'finished',
      complaints: 'Головная боль',
      conclusion: 'Гипертоническая болезнь II стадии',
    });
    const versions = await encounterVersionRows(t.database.db, id);
    expect(versions.map((v) => v.version)).toEqual([1]);
    // The earlier version is readable by the author with the amendment's reason; not by a stranger.
    const history = await call(doctor, 'GET', `/encounters/${id}/versions`);
    expect(history.statusCode, history.body).toBe(200);
    expect(history.json().items).toEqual([
      expect.objectContaining({
        version: 1,
        complaints: 'Головная боль',
        examination: sections.examination,
        conditions: [{ code: 'I10', name: expect.any(String), role: 'primary' }],
        reason: 'Уточнено заключение',
      }),
    ]);
    const deniedBefore = (await deniedEntries()).length;
    expect((await call(stranger, 'GET', `/encounters/${id}/versions`)).statusCode).toBe(404);
    expect((await deniedEntries()).length).toBe(deniedBefore + 1);

    // The patient sees the visit and its diagnosis in their card.
    const card = await t.app.inject({
      method: 'GET',
      url: '/api/v1/records/encounters',
      headers: patient.session.headers,
    });
    const visit = card.json().items.find((e: { id: string }) => e.id === id);
    expect(visit.conditions.map((c: { code: string }) => c.code)).toEqual(['I10']);
  });

  it('is refused as "not found", and audited, for a practitioner without a care relation', async () => {
    const before = (await deniedEntries()).length;
    const refused = await call(stranger, 'POST', '/encounters', { patientId: patient.me.patientId });
    expect(refused.statusCode).toBe(404);
    expect((await deniedEntries()).length).toBe(before + 1);
    // Nor may they write to a record that exists.
    const mine = await call(doctor, 'POST', '/encounters', { patientId: patient.me.patientId });
    expect(mine.statusCode).toBe(201);
    const put = await call(stranger, 'PUT', `/encounters/${mine.json().id}`, { sections: {}, diagnoses: [] });
    expect(put.statusCode).toBe(404);
  });
});

describe('e-prescriptions (issue 12, item 4)', () => {
  const prescription = {
    medicineId: 'amlodipine',
    form: 'таблетки',
    strength: '5 мг',
    dosageText: 'По 1 таблетке 1 раз в день утром',
    quantity: 30,
  };
  const write = (extra: Record<string, unknown> = {}) =>
    call(doctor, 'POST', '/prescriptions', { patientId: patient.me.patientId, ...prescription, ...extra });

  it('moves draft → signed → sent → dispensed and refuses every illegal move', async () => {
    const created = await write();
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ status: 'draft', quantity: 30, medicine: { name: 'Амлодипин' } });
    const id = created.json().id as string;

    // Send a draft: refused before any pharmacy is called.
    const sendDraft = await call(doctor, 'POST', `/prescriptions/${id}/send`);
    expect(sendDraft.statusCode).toBe(409);
    expect(sendDraft.json().code).toBe('PRESCRIPTION_STATUS_CONFLICT');

    const signed = await call(doctor, 'POST', `/prescriptions/${id}/sign`);
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json().status).toBe('signed');
    const signedRow = await prescriptionDocumentRow(t.database.db, id);
    expect(signedRow?.document).toMatchObject({
      type: 'prescription',
      isSigned: true,
      patientId: patient.me.patientId,
      signerName: 'Кардиологова Иван Петрович',
    });

    // Sign twice, and dispense a signed-but-unsent one.
    expect((await call(doctor, 'POST', `/prescriptions/${id}/sign`)).statusCode).toBe(409);
    const early = await t.app.services.records.dispensePrescription(null, { prescriptionId: id }).then(
      () => null,
      (error: { code?: string }) => error.code,
    );
    expect(early).toBe('PRESCRIPTION_STATUS_CONFLICT');

    const sent = await call(doctor, 'POST', `/prescriptions/${id}/send`);
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json().status).toBe('sent');
    expect((await call(doctor, 'POST', `/prescriptions/${id}/send`)).statusCode).toBe(409);
    const sentMessages = await outboxRowsOf(t.database.db, 'prescription_sent');
    expect(sentMessages.map((m) => m.channel).sort()).toEqual(['in_app', 'push']);

    // Each move is announced live to the author and the patient: ids and the status, no medicine.
    const live = await openNotificationEventSource(t.database);
    const heard: NotificationEvent[] = [];
    live.subscribe((event) => heard.push(event));

    // The demo pharmacy lists it and dispenses it from its page's form (text/plain, no body).
    const pharmacy = await t.app.inject({ method: 'GET', url: '/api/v1/dev/pharmacy/prescriptions' });
    expect(pharmacy.json().items.map((p: { id: string }) => p.id)).toContain(id);
    const page = await t.app.inject({ method: 'GET', url: '/dev/pharmacy' });
    expect(page.body).toContain(`/api/v1/dev/pharmacy/prescriptions/${id}/dispense`);
    const dispensed = await t.app.inject({
      method: 'POST',
      url: `/api/v1/dev/pharmacy/prescriptions/${id}/dispense`,
      headers: { 'content-type': 'text/plain', accept: 'text/html' },
      payload: '',
    });
    expect(dispensed.statusCode, dispensed.body).toBe(303);
    expect(dispensed.headers.location).toBe('/dev/pharmacy');
    const twice = await t.app.inject({
      method: 'POST',
      url: `/api/v1/dev/pharmacy/prescriptions/${id}/dispense`,
    });
    expect(twice.statusCode).toBe(409);
    expect((await outboxRowsOf(t.database.db, 'prescription_dispensed')).length).toBe(2);
    const moves = () => heard.filter((e) => e.kind === 'prescription.status');
    await vi.waitFor(() => expect(moves()).toHaveLength(2));
    await live.close();
    expect(new Set(moves().map((e) => JSON.stringify(e)))).toEqual(
      new Set(
        [doctor.accountId, patient.me.id].map((accountId) =>
          JSON.stringify({ kind: 'prescription.status', accountId, prescriptionId: id, status: 'dispensed' }),
        ),
      ),
    );
    // Nothing leaves dispensed.
    const cancel = await call(doctor, 'POST', `/prescriptions/${id}/cancel`, { reason: 'Ошибка' });
    expect(cancel.statusCode).toBe(409);

    // The patient sees it in their card.
    const card = await t.app.inject({
      method: 'GET',
      url: '/api/v1/records/prescriptions',
      headers: patient.session.headers,
    });
    expect(card.json().items.find((p: { id: string }) => p.id === id).status).toBe('dispensed');
  });

  it("lists the visit's prescriptions, drafts included, to the practitioner in care only", async () => {
    const visit = await call(doctor, 'POST', '/encounters', { patientId: patient.me.patientId });
    const encounterId = visit.json().id as string;
    const created = await write({ encounterId });
    expect(created.statusCode, created.body).toBe(201);
    const listed = await call(doctor, 'GET', `/encounters/${encounterId}/prescriptions`);
    expect(listed.json().items.map((p: { id: string; status: string }) => [p.id, p.status])).toEqual([
      [created.json().id, 'draft'],
    ]);
    expect((await call(stranger, 'GET', `/encounters/${encounterId}/prescriptions`)).statusCode).toBe(404);
  });

  it('checks the medicine against the reference', async () => {
    const form = await write({ form: 'сироп' });
    expect(form.statusCode).toBe(400);
    expect(form.json().code).toBe('UNKNOWN_MEDICINE_FORM');
    const medicine = await write({ medicineId: 'no-such-medicine' });
    expect(medicine.json().code).toBe('UNKNOWN_MEDICINE');
  });

  it('is refused as "not found", and audited, for a practitioner without a care relation', async () => {
    const before = (await deniedEntries()).length;
    const refused = await call(stranger, 'POST', '/prescriptions', {
      patientId: patient.me.patientId,
      ...prescription,
    });
    expect(refused.statusCode).toBe(404);
    expect((await deniedEntries()).length).toBe(before + 1);
  });

  it('expires a sent prescription after its last valid day, by the job', async () => {
    const created = await write({ validDays: 1 });
    const id = created.json().id as string;
    await call(doctor, 'POST', `/prescriptions/${id}/sign`);
    await call(doctor, 'POST', `/prescriptions/${id}/send`);
    expect(await t.app.services.records.expirePrescriptions(null, {})).toEqual({ expired: 0 });
    now = new Date(now.getTime() + 2 * 86_400_000);
    const { expired } = await t.app.services.records.expirePrescriptions(null, {});
    expect(expired).toBeGreaterThanOrEqual(1);
    expect((await prescriptionRow(t.database.db, id))?.status).toBe('expired');
  });
});
