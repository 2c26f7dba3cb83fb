import { loadConfig } from '@talon/config';
import { omsCheckDigit } from '@talon/core/identifiers';
import { createFieldCipher, createRecordsRepos } from '@talon/db';
import {
  attachPatient,
  auditEntriesAbout,
  buildAppointment,
  buildMedicalRecord,
  buildPractitioner,
  buildRegisteredPatient,
  outboxRowsOf,
  practitionerOrganizationId,
  prescriptionRow,
} from '@talon/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerPatient } from '../../testing/identity-helpers';
import { createStaffSession, type StaffSession } from '../../testing/staff-helpers';
import { createTestApp, type TestApp } from '../../testing/test-app';
import type { FhirResource } from '../fhir-types';
import { expectValidR4 } from '../testing/fhir-validator';
import { entryResource, labBundle } from '../testing/lab-bundle';
import { issueTestTokens } from '../testing/test-client-auth';

const keys = loadConfig({ NODE_ENV: 'test' }).secrets;
let t: TestApp;
let patient: Awaited<ReturnType<typeof registerPatient>>;
let doctor: StaffSession;
let practitionerId: string;
let clinicId: string;
let LAB: string;
let PHARMACY: string;
let READER: string;
let labClientId: string;

beforeAll(async () => {
  t = await createTestApp({ worker: true });
  patient = await registerPatient(t);
  practitionerId = (await buildPractitioner(t.database.db, { surname: 'Лаборантова' })).id;
  clinicId = await practitionerOrganizationId(t.database.db, practitionerId);
  await attachPatient(t.database.db, patient.me.patientId, { organizationId: clinicId });
  doctor = await createStaffSession(t, 'doctor', { organizationId: clinicId, practitionerId });
  const [lab, pharmacy, reader] = await issueTestTokens(t, [
    { name: 'Лаборатория КДЛ', scopes: ['system/DiagnosticReport.c', 'system/Observation.c'] },
    { name: 'Аптека № 1', scopes: ['system/MedicationDispense.c'] },
    { name: 'Только чтение', scopes: ['system/*.rs'] },
  ]);
  LAB = lab!.token;
  labClientId = lab!.clientId;
  PHARMACY = pharmacy!.token;
  READER = reader!.token;
});
afterAll(() => t?.close());

async function post(url: string, body: unknown, token: string) {
  const res = await t.app.inject({
    method: 'POST',
    url: `/fhir/R4${url}`,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/fhir+json' },
    payload: JSON.stringify(body),
  });
  const answer = res.json() as FhirResource;
  await expectValidR4(answer);
  return { status: res.statusCode, body: answer };
}

const issueOf = (outcome: FhirResource) =>
  (outcome.issue as { code: string; expression?: string[]; details?: { coding: { code: string }[] } }[])[0]!;

/** An active laboratory order of the patient: a visit with the doctor, and glucose ordered from it. */
async function orderGlucose(): Promise<string> {
  const role = await t.database.db.query.practitionerRoles.findFirst({
    where: (r, { eq }) => eq(r.practitionerId, practitionerId),
  });
  const visit = await buildAppointment(t.database.db, {
    patientId: patient.me.patientId,
    slotOptions: { practitionerRoleId: role!.id },
  });
  const staff = (url: string, payload: Record<string, unknown>) =>
    t.app.inject({ method: 'POST', url: `/api/v1${url}`, headers: doctor.headers, payload });
  const encounter = await staff('/encounters', { patientId: patient.me.patientId, appointmentId: visit.id });
  const ordered = await staff(`/encounters/${encounter.json().id}/lab-orders`, {
    codes: ['glucose', '718-7'],
  });
  expect(ordered.statusCode, ordered.body).toBe(201);
  return ordered.json().id;
}

describe('the CapabilityStatement of data in', () => {
  it('lists the transaction and the create of each type posted', async () => {
    const metadata = (await t.app.inject('/fhir/R4/metadata')).json() as FhirResource;
    await expectValidR4(metadata);
    const [rest] = metadata.rest as { interaction: { code: string }[]; resource: FhirResource[] }[];
    expect(rest!.interaction.map((i) => i.code)).toEqual(['transaction']);
    const creates = rest!.resource
      .filter((r) => (r.interaction as { code: string }[]).some((i) => i.code === 'create'))
      .map((r) => r.type);
    // Besides the booking's Appointment and the Subscription: the three types posted to Talon.
    expect(creates).toEqual(
      expect.arrayContaining(['DiagnosticReport', 'Observation', 'MedicationDispense']),
    );
  });
});

describe('a laboratory posts results (FHIR transaction)', () => {
  it('stores the report in the card, alerts the patient of the high value and completes the order', async () => {
    const orderId = await orderGlucose();
    const bundle = labBundle({
      patient: { snils: patient.body.snils },
      reportNumber: 'L-1',
      basedOnOrderId: orderId,
    });
    const { status, body } = await post('', bundle, LAB);
    expect(status).toBe(200);
    expect(body.type).toBe('transaction-response');
    const responses = (body.entry as { response: { status: string; location: string } }[]).map(
      (e) => e.response,
    );
    expect(responses.map((r) => r.status)).toEqual(['201 Created', '201 Created', '201 Created']);
    expect(responses[0]!.location).toMatch(/^DiagnosticReport\/[0-9a-f-]{36}$/);
    expect(responses[1]!.location).toMatch(/^Observation\/[0-9a-f-]{36}$/);

    // The patient's card, through the REST record routes: the results with Talon's interpretation.
    const card = await t.app.inject({
      url: '/api/v1/records/observations',
      headers: patient.session.headers,
    });
    expect(card.statusCode, card.body).toBe(200);
    const results = card.json().items as { id: string; code: string; interpretation: string }[];
    expect(results.find((o) => o.code === '14749-6')).toMatchObject({
      id: responses[1]!.location.split('/')[1],
      interpretation: 'H',
    });
    expect(results.find((o) => o.code === '718-7')?.interpretation).toBe('N');
    const alerts = (await outboxRowsOf(t.database.db, 'lab_result_out_of_range')).filter(
      (row) => row.accountId === patient.me.id,
    );
    expect(alerts.map((row) => row.channel).sort()).toEqual(['in_app', 'push', 'sms']);
    const orders = await t.app.inject({
      url: '/api/v1/records/lab-orders',
      headers: patient.session.headers,
    });
    expect(orders.json().items.find((o: { id: string }) => o.id === orderId)?.status).toBe('completed');

    // The client is the audited actor, and the call names the patient.
    const audit = await auditEntriesAbout(t.database.db, patient.me.patientId);
    expect(audit.find((e) => e.action === 'record.lab_report')).toMatchObject({
      actorAccountId: null,
      actorRole: 'integration_client',
      details: { clientId: labClientId, observations: 2, outOfRange: 1 },
    });
    expect(audit.find((e) => e.action === 'fhir.call')?.details).toMatchObject({
      clientId: labClientId,
      interaction: 'transaction',
      status: 200,
    });

    // The same Bundle again: stored once, nothing sent again, the same locations.
    const again = await post('', bundle, LAB);
    const repeated = (again.body.entry as { response: { status: string; location: string } }[]).map(
      (e) => e.response,
    );
    expect(repeated).toEqual(responses.map((r) => ({ ...r, status: '200 OK' })));
    expect(
      (await outboxRowsOf(t.database.db, 'lab_result_out_of_range')).filter(
        (row) => row.accountId === patient.me.id,
      ),
    ).toHaveLength(3);
  });

  it('finds a patient of the register by ЕНП', async () => {
    const first15 = `77${String(Date.now()).slice(-13)}`;
    const enp = `${first15}${omsCheckDigit(first15)}`;
    const registered = await buildRegisteredPatient(t.database.db, keys, {
      surname: 'Полисова',
      name: 'Анна',
      birthDate: '1990-04-01',
      oms: enp,
    });
    const { status, body } = await post('', labBundle({ patient: { enp }, reportNumber: 'L-ENP' }), LAB);
    expect(status).toBe(200);
    const reportId = (body.entry as { response: { location: string } }[])[0]!.response.location.split('/')[1];
    const audit = await auditEntriesAbout(t.database.db, registered.id);
    expect(audit.find((e) => e.action === 'record.lab_report')?.recordId).toBe(reportId);
  });

  it('answers 422 naming the element for an unknown patient, an invalid resource or an analyte not in the catalogue', async () => {
    const unknown = await post(
      '',
      labBundle({ patient: { snils: '112-233-445 95' }, reportNumber: 'L-2' }),
      LAB,
    );
    expect(unknown.status).toBe(422);
    expect(issueOf(unknown.body)).toMatchObject({
      code: 'not-found',
      expression: ['Bundle.entry[0].resource.subject.identifier'],
      details: { coding: [{ code: 'PATIENT_NOT_FOUND' }] },
    });

    const invalid = labBundle({ patient: { snils: patient.body.snils }, reportNumber: 'L-3' });
    delete entryResource(invalid, 0).effectiveDateTime;
    const refused = await post('', invalid, LAB);
    expect(refused.status).toBe(422);
    expect(issueOf(refused.body).expression).toEqual(['Bundle.entry[0].resource.effectiveDateTime']);

    const uncatalogued = labBundle({ patient: { snils: patient.body.snils }, reportNumber: 'L-4' });
    entryResource(uncatalogued, 2).code = { coding: [{ system: 'http://loinc.org', code: '99999-9' }] };
    const notInCatalogue = await post('', uncatalogued, LAB);
    expect(notInCatalogue.status).toBe(422);
    expect(issueOf(notInCatalogue.body)).toMatchObject({
      expression: ['Bundle.entry[2].resource.code'],
      details: { coding: [{ code: 'UNKNOWN_ANALYTE' }] },
    });

    const otherUnit = labBundle({ patient: { snils: patient.body.snils }, reportNumber: 'L-5' });
    (entryResource(otherUnit, 1).valueQuantity as Record<string, unknown>).code = 'mg/dL';
    expect(issueOf((await post('', otherUnit, LAB)).body).expression).toEqual([
      'Bundle.entry[1].resource.valueQuantity.code',
    ]);
  });

  it('refuses a token without the create scopes (403)', async () => {
    const { status, body } = await post(
      '',
      labBundle({ patient: { snils: patient.body.snils }, reportNumber: 'L-6' }),
      READER,
    );
    expect(status).toBe(403);
    expect(issueOf(body).code).toBe('forbidden');
  });

  it('stores two concurrent posts of the same Bundle once', async () => {
    const bundle = labBundle({ patient: { snils: patient.body.snils }, reportNumber: 'L-7' });
    const [one, two] = await Promise.all([post('', bundle, LAB), post('', bundle, LAB)]);
    const locations = [one, two].map(
      (r) => (r.body.entry as { response: { location: string } }[])[0]!.response.location,
    );
    expect(locations[0]).toBe(locations[1]);
    const stored = (await auditEntriesAbout(t.database.db, patient.me.patientId)).filter(
      (e) => e.action === 'record.lab_report' && `DiagnosticReport/${e.recordId}` === locations[0],
    );
    expect(stored).toHaveLength(1);
  });
});

describe('a pharmacy reports a dispense (FHIR MedicationDispense)', () => {
  const dispense = (prescriptionId: string) => ({
    resourceType: 'MedicationDispense',
    status: 'completed',
    medicationCodeableConcept: { text: 'Амлодипин 5 мг' },
    authorizingPrescription: [{ reference: `MedicationRequest/${prescriptionId}` }],
    whenHandedOver: '2026-11-03T10:00:00+03:00',
  });

  it('moves a sent prescription to dispensed and tells the patient; a second dispense is a conflict', async () => {
    const record = await buildMedicalRecord(t.database.db, keys, {
      patientId: patient.me.patientId,
      practitionerId,
      organizationId: clinicId,
      withCoverage: false,
    });
    const repos = createRecordsRepos(t.database.db, createFieldCipher(keys));
    await repos.prescriptions.transition({
      id: record.prescriptionId,
      from: ['signed'],
      to: 'sent',
      at: new Date(),
      reason: null,
    });
    const { status, body } = await post('/MedicationDispense', dispense(record.prescriptionId), PHARMACY);
    expect(status).toBe(201);
    expect(body).toMatchObject({ subject: { reference: `Patient/${patient.me.patientId}` } });
    expect((await prescriptionRow(t.database.db, record.prescriptionId))?.status).toBe('dispensed');
    const card = await t.app.inject({
      url: '/api/v1/records/prescriptions',
      headers: patient.session.headers,
    });
    expect(card.json().items.find((p: { id: string }) => p.id === record.prescriptionId)?.status).toBe(
      'dispensed',
    );
    const told = (await outboxRowsOf(t.database.db, 'prescription_dispensed')).filter(
      (row) => row.accountId === patient.me.id,
    );
    expect(told.length).toBeGreaterThan(0);
    const moved = (await auditEntriesAbout(t.database.db, patient.me.patientId)).find(
      (e) => e.action === 'record.prescription_status' && e.recordId === record.prescriptionId,
    );
    expect(moved).toMatchObject({
      actorRole: 'integration_client',
      details: { from: 'sent', to: 'dispensed' },
    });

    const twice = await post('/MedicationDispense', dispense(record.prescriptionId), PHARMACY);
    expect(twice.status).toBe(409);
    expect(issueOf(twice.body)).toMatchObject({
      code: 'conflict',
      details: { coding: [{ code: 'PRESCRIPTION_STATUS_CONFLICT' }] },
    });
  });

  it('answers 422 naming authorizingPrescription for an unknown prescription, 403 without the scope', async () => {
    const unknown = await post(
      '/MedicationDispense',
      dispense('0b6f1c52-8d4e-4f0a-9a43-2f6d8e1c0a11'),
      PHARMACY,
    );
    expect(unknown.status).toBe(422);
    expect(issueOf(unknown.body).expression).toEqual(['MedicationDispense.authorizingPrescription[0]']);
    const refused = await post('/MedicationDispense', dispense('0b6f1c52-8d4e-4f0a-9a43-2f6d8e1c0a11'), LAB);
    expect(refused.status).toBe(403);
  });
});
