import { loadConfig } from '@talon/config';
import { AuditAction } from '@talon/core/audit';
import { omsCheckDigit, snilsCheckDigits } from '@talon/core/identifiers';
import { buildMedicalRecord, buildRegisteredPatient, buildSlots, lastAuditEntry } from '@talon/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app';
import { CodeSystem, IdentifierSystem } from './identifier-systems';
import { fhirReader, matchIds } from './testing/fhir-calls';
import { issueTestTokens } from './testing/test-client-auth';

const secrets = loadConfig({ NODE_ENV: 'test' }).secrets;
const snils = `123456789${snilsCheckDigits('123456789')}`;
const enp = `770000000000123${omsCheckDigit('770000000000123')}`;
const unknownId = '7c4e3d8f-a0a0-4bce-b1ba-d18e9fa0b1c3';

let t: TestApp;
const validated = new Set<string>();
const read = fhirReader(() => t, validated);
let MIS: string;
let misClientId: string;
let DIRECTORY_ONLY: string;
let patientId: string;
let coverageId: string;
let organizationId: string;

beforeAll(async () => {
  t = await createTestApp();
  const [mis, directory] = await issueTestTokens(t, [
    {
      name: 'Региональная МИС',
      scopes: ['system/Patient.rs', 'system/Coverage.rs', 'system/HealthcareService.rs'],
    },
    { name: 'Справочная', scopes: ['system/Organization.rs', 'system/HealthcareService.rs'] },
  ]);
  MIS = mis!.token;
  misClientId = mis!.clientId;
  DIRECTORY_ONLY = directory!.token;
  const db = t.database.db;
  const slots = await buildSlots(db, {
    start: new Date(Date.UTC(2030, 1, 1, 6, 0)),
    count: 1,
    minutes: 30,
    specialtyCode: 'therapist',
    organization: { name: 'Поликлиника № 12', registryCode: `12${Date.now() % 10_000}` },
  });
  organizationId = slots[0]!.organizationId;
  const patient = await buildRegisteredPatient(db, secrets, {
    surname: 'Соколова',
    name: 'Мария',
    patronymic: 'Петровна',
    birthDate: '1984-05-17',
    snils,
    oms: enp,
    phone: '+79161234567',
  });
  patientId = patient.id;
  const record = await buildMedicalRecord(db, secrets, {
    patientId,
    practitionerId: slots[0]!.practitionerId,
    organizationId,
  });
  coverageId = record.coverageId!;
});

afterAll(async () => {
  await t.close();
  expect([...validated].sort()).toEqual(
    ['Bundle', 'Coverage', 'HealthcareService', 'OperationOutcome', 'Patient'].sort(),
  );
});

const lastCall = () => lastAuditEntry(t.database.db, AuditAction.FHIR_CALL);

describe('FHIR Patient', () => {
  it('reads a patient by id: name, sex, birth date, phone, SNILS and ЕНП, audited with the patient as subject', async () => {
    const { status, body } = await read(`Patient/${patientId}`, MIS);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      resourceType: 'Patient',
      id: patientId,
      name: [{ family: 'Соколова', given: ['Мария', 'Петровна'], text: 'Соколова Мария Петровна' }],
      gender: 'female',
      birthDate: '1984-05-17',
      telecom: [{ system: 'phone', value: '+79161234567' }],
      identifier: [
        { system: IdentifierSystem.SNILS, value: snils },
        { system: IdentifierSystem.ENP, value: enp },
      ],
    });
    expect(await lastCall()).toMatchObject({
      outcome: 'success',
      recordType: 'Patient',
      recordId: patientId,
      subjectPatientId: patientId,
      details: { interaction: 'read', clientId: misClientId },
    });
  });

  it('finds a patient by SNILS or by ЕНП only, through the keyed hash', async () => {
    const bySnils = await read(`Patient?identifier=${IdentifierSystem.SNILS}|${snils}`, MIS);
    expect(matchIds(bySnils.body)).toEqual([patientId]);
    expect(await lastCall()).toMatchObject({
      subjectPatientId: patientId,
      details: { interaction: 'search' },
    });
    const byEnp = await read(`Patient?identifier=${IdentifierSystem.ENP}|${enp}`, MIS);
    expect(matchIds(byEnp.body)).toEqual([patientId]);
    const nobody = `98765432${'1'}${snilsCheckDigits('987654321')}`;
    const none = await read(`Patient?identifier=${IdentifierSystem.SNILS}|${nobody}`, MIS);
    expect(none.body.total).toBe(0);
    expect(await lastCall()).toMatchObject({ subjectPatientId: null, outcome: 'success' });
  });

  it('refuses any other patient search with 400, and an unknown id with 404', async () => {
    for (const query of [
      'Patient',
      'Patient?name=Соколова',
      `Patient?identifier=${snils}`,
      `Patient?identifier=urn:oid:1.2.643.5.1.13.2.7.100.5|${snils}`,
      `Patient?identifier=${IdentifierSystem.SNILS}|12345678900`,
      `Patient?identifier=${IdentifierSystem.ENP}|${enp.slice(0, 15)}`,
    ]) {
      const { status, body } = await read(query, MIS);
      expect(status, query).toBe(400);
      expect(body.resourceType).toBe('OperationOutcome');
    }
    expect((await read(`Patient/${unknownId}`, MIS)).status).toBe(404);
  });

  it('answers 401 without a token and 403 without the Patient scope', async () => {
    expect((await read(`Patient/${patientId}`, null)).status).toBe(401);
    const refused = await read(`Patient/${patientId}`, DIRECTORY_ONLY);
    expect(refused.status).toBe(403);
    expect(await lastCall()).toMatchObject({ outcome: 'denied', subjectPatientId: null });
  });
});

describe('FHIR Coverage', () => {
  it('reads the OMS policy: ЕНП, the insurer as payor, the patient as beneficiary', async () => {
    const { body } = await read(`Coverage/${coverageId}`, MIS);
    expect(body).toMatchObject({
      status: 'active',
      beneficiary: { reference: `Patient/${patientId}` },
      payor: [{ display: 'АО «СОГАЗ-Мед»' }],
      identifier: [{ system: IdentifierSystem.ENP }],
    });
    expect(await lastCall()).toMatchObject({ recordType: 'Coverage', subjectPatientId: patientId });
    const search = await read(`Coverage?patient=Patient/${patientId}`, MIS);
    expect(matchIds(search.body)).toEqual([coverageId]);
    expect(await lastCall()).toMatchObject({ subjectPatientId: patientId });
    expect((await read('Coverage', MIS)).status).toBe(400);
    expect((await read(`Coverage?patient=${patientId}`, DIRECTORY_ONLY)).status).toBe(403);
  });
});

describe('FHIR HealthcareService', () => {
  it("lists a clinic's specialties, each readable by its id, with no patient as subject", async () => {
    const search = await read(
      `HealthcareService?organization=Organization/${organizationId}`,
      DIRECTORY_ONLY,
    );
    expect(search.status).toBe(200);
    const [id] = matchIds(search.body);
    expect(matchIds(search.body)).toHaveLength(1);
    const { body } = await read(`HealthcareService/${id}`, DIRECTORY_ONLY);
    expect(body).toMatchObject({
      providedBy: { reference: `Organization/${organizationId}` },
      specialty: [{ coding: [{ system: CodeSystem.SPECIALTY, code: 'therapist' }] }],
      active: true,
    });
    expect(await lastCall()).toMatchObject({ recordType: 'HealthcareService', subjectPatientId: null });
    const other = await read(
      `HealthcareService?organization=${organizationId}&specialty=${CodeSystem.SPECIALTY}|surgeon`,
      DIRECTORY_ONLY,
    );
    expect(other.body.total).toBe(0);
    expect((await read(`HealthcareService/${unknownId}`, DIRECTORY_ONLY)).status).toBe(404);
  });
});
