import { randomUUID } from 'node:crypto';
import { loadConfig } from '@talon/config';
import { AuditAction } from '@talon/core/audit';
import { createFieldCipher, createRecordsRepos } from '@talon/db';
import {
  type BuiltRecord,
  buildMedicalRecord,
  buildRegisteredPatient,
  buildSlots,
  lastAuditEntry,
  setStoredColumn,
  storedRows,
} from '@talon/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app';
import type { FhirResource } from './fhir-types';
import { CodeSystem } from './identifier-systems';
import { fhirReader, matchIds } from './testing/fhir-calls';
import { issueTestTokens } from './testing/test-client-auth';

const secrets = loadConfig({ NODE_ENV: 'test' }).secrets;
const RECORD_TYPES = [
  'Encounter',
  'Condition',
  'Observation',
  'DiagnosticReport',
  'DocumentReference',
  'MedicationRequest',
  'Immunization',
] as const;

let t: TestApp;
const validated = new Set<string>();
const read = fhirReader(() => t, validated);
let EHR: string;
let ehrClientId: string;
let ENCOUNTERS_ONLY: string;
let WITH_PEOPLE: string;
let practitionerId: string;
let patientId: string;
let otherPatientId: string;
let draftEncounterId: string;
let record: BuiltRecord;

beforeAll(async () => {
  t = await createTestApp();
  const issued = issueTestTokens(t, [
    {
      name: 'Региональная ЭМК',
      scopes: [...RECORD_TYPES.map((type) => `system/${type}.rs`), 'system/Binary.r'],
    },
    { name: 'Диспетчерская', scopes: ['system/Encounter.rs'] },
    {
      name: 'ЭМК с карточками',
      scopes: [
        ...RECORD_TYPES.map((type) => `system/${type}.rs`),
        'system/Patient.r',
        'system/Practitioner.r',
      ],
    },
  ]);
  WITH_PEOPLE = (await issued)[2]!.token;
  const [ehr, encountersOnly] = await issued;
  EHR = ehr!.token;
  ehrClientId = ehr!.clientId;
  ENCOUNTERS_ONLY = encountersOnly!.token;
  const db = t.database.db;
  const [slot] = await buildSlots(db, {
    start: new Date(Date.UTC(2030, 2, 1, 6, 0)),
    count: 1,
    minutes: 30,
    specialtyCode: 'therapist',
    organization: { name: 'Поликлиника № 3', registryCode: `03${Date.now() % 10_000}` },
  });
  const person = { surname: 'Орлова', name: 'Ирина', birthDate: '1970-03-08' };
  patientId = (await buildRegisteredPatient(db, secrets, person)).id;
  otherPatientId = (await buildRegisteredPatient(db, secrets, { ...person, name: 'Анна' })).id;
  practitionerId = slot!.practitionerId;
  const parties = { practitionerId, organizationId: slot!.organizationId };
  record = await buildMedicalRecord(db, secrets, { patientId, ...parties });
  await buildMedicalRecord(db, secrets, { patientId: otherPatientId, ...parties });
  // The discharge summary is signed (a document is shared once signed); a visit still open is a draft.
  const byId = { column: 'id', value: record.documentId };
  await setStoredColumn(db, 'documents', 'signed_at', '2026-10-01T10:00:00Z', byId);
  await setStoredColumn(db, 'documents', 'is_signed', 'true', byId);
  draftEncounterId = await createRecordsRepos(db, createFieldCipher(secrets)).encounters.create({
    id: randomUUID(),
    patientId,
    appointmentId: null,
    ...parties,
    practitionerRoleId: null,
    class: 'AMB',
    periodStart: new Date('2026-11-01T09:00:00Z'),
    sections: {
      complaints: 'Черновик',
      anamnesis: null,
      examination: null,
      conclusion: null,
      recommendations: null,
      followUp: null,
    },
    createdByAccountId: null,
    at: new Date('2026-11-01T09:00:00Z'),
  });
});

afterAll(async () => {
  await t.close();
  expect([...validated].sort()).toEqual(
    [...RECORD_TYPES, 'Bundle', 'OperationOutcome', 'Patient', 'Practitioner'].sort(),
  );
});

const lastCall = () => lastAuditEntry(t.database.db, AuditAction.FHIR_CALL);
const idOf = (type: (typeof RECORD_TYPES)[number]): string =>
  ({
    Encounter: record.encounterId,
    Condition: record.conditionId,
    Observation: record.observationIds.high,
    DiagnosticReport: record.reportId,
    DocumentReference: record.documentId,
    MedicationRequest: record.prescriptionId,
    Immunization: record.immunizationId,
  })[type];

describe('FHIR medical record', () => {
  it.each(RECORD_TYPES)(
    'reads and searches %s by patient, valid R4, audited with the patient',
    async (type) => {
      const one = await read(`${type}/${idOf(type)}`, EHR);
      expect(one.status).toBe(200);
      expect(await lastCall()).toMatchObject({
        outcome: 'success',
        recordType: type,
        recordId: idOf(type),
        subjectPatientId: patientId,
        details: { interaction: 'read', clientId: ehrClientId },
      });
      const search = await read(`${type}?patient=Patient/${patientId}`, EHR);
      expect(search.status).toBe(200);
      expect(matchIds(search.body)).toContain(idOf(type));
      expect(await lastCall()).toMatchObject({
        subjectPatientId: patientId,
        details: { interaction: 'search' },
      });
      const without = await read(type, EHR);
      expect(without.status).toBe(400);
      expect(without.body).toMatchObject({ issue: [{ diagnostics: expect.stringContaining('patient') }] });
    },
  );

  it('writes the visit, the ICD-10 diagnosis and the lab values in FHIR terms, in Russian', async () => {
    const encounter = (await read(`Encounter/${record.encounterId}`, EHR)).body;
    expect(encounter).toMatchObject({ status: 'finished', class: { code: 'AMB' } });
    const condition = (await read(`Condition/${record.conditionId}`, EHR)).body;
    expect(condition.code).toEqual({
      coding: [
        {
          system: CodeSystem.ICD10,
          code: 'J06.9',
          display: 'Острая инфекция верхних дыхательных путей неуточненная',
        },
      ],
      text: 'Острая инфекция верхних дыхательных путей неуточненная',
    });
    const glucose = (await read(`Observation/${record.observationIds.high}`, EHR)).body;
    expect(glucose).toMatchObject({
      valueQuantity: { value: 7.2, unit: 'ммоль/л', system: CodeSystem.UCUM, code: 'mmol/L' },
      referenceRange: [{ low: { value: 3.9 }, high: { value: 6.1 } }],
      interpretation: [{ coding: [{ code: 'H' }], text: 'Выше нормы' }],
      encounter: { reference: `Encounter/${record.encounterId}` },
    });
    const report = (await read(`DiagnosticReport/${record.reportId}`, EHR)).body;
    expect((report.result as { reference: string }[]).map((r) => r.reference).sort()).toEqual(
      [`Observation/${record.observationIds.normal}`, `Observation/${record.observationIds.high}`].sort(),
    );
    const byCode = await read(`Observation?patient=${patientId}&code=${CodeSystem.LOINC}|14749-6`, EHR);
    expect(matchIds(byCode.body)).toEqual([record.observationIds.high]);
    const otherSystem = await read(`Observation?patient=${patientId}&code=urn:x|14749-6`, EHR);
    expect(otherSystem.body.total).toBe(0);
  });

  it("serves the signed PDF at the DocumentReference's attachment URL to a token with Binary.r", async () => {
    const document = (await read(`DocumentReference/${record.documentId}`, EHR)).body;
    const { url, contentType } = (
      document.content as { attachment: { url: string; contentType: string } }[]
    )[0]!.attachment;
    expect(contentType).toBe('application/pdf');
    expect(url).toMatch(new RegExp(`^https?://[^/]+/fhir/R4/Binary/${record.documentId}$`));
    const path = new URL(url).pathname;
    const pdf = await t.app.inject({ url: path, headers: { authorization: `Bearer ${EHR}` } });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.equals(record.pdf)).toBe(true);
    expect(await lastCall()).toMatchObject({ recordType: 'Binary', subjectPatientId: patientId });
    const refused = await t.app.inject({
      url: path,
      headers: { authorization: `Bearer ${ENCOUNTERS_ONLY}` },
    });
    expect(refused.statusCode).toBe(403);
  });

  it("shares only what is finished, and one patient's data per search", async () => {
    expect((await read(`Encounter/${draftEncounterId}`, EHR)).status).toBe(404);
    const visits = await read(`Encounter?patient=${patientId}`, EHR);
    expect(matchIds(visits.body)).toEqual([record.encounterId]);
    const dated = await read(`Encounter?patient=${patientId}&date=ge2026-10-02`, EHR);
    expect(dated.body.total).toBe(0);
    const all: FhirResource[] = [];
    for (const type of RECORD_TYPES) {
      all.push((await read(`${type}?patient=${otherPatientId}`, EHR)).body);
    }
    // The other patient's document is not signed: no DocumentReference; everything else is theirs alone.
    expect(all.map((bundle) => bundle.total)).toEqual([1, 1, 2, 1, 0, 1, 1]);
    for (const bundle of all) expect(JSON.stringify(bundle)).not.toContain(`Patient/${patientId}`);
  });

  it('adds the _include-d resources of the types the token may read, within the searched patient', async () => {
    const included = (bundle: FhirResource) =>
      ((bundle.entry as { resource: FhirResource; search: { mode: string } }[] | undefined) ?? [])
        .filter((entry) => entry.search.mode === 'include')
        .map((entry) => `${entry.resource.resourceType}/${entry.resource.id}`)
        .sort();
    const visits = `Encounter?patient=${patientId}&_include=Encounter:patient&_include=Encounter:practitioner`;
    const withPeople = await read(visits, WITH_PEOPLE);
    expect(withPeople.status).toBe(200);
    expect(included(withPeople.body)).toEqual(
      [`Patient/${patientId}`, `Practitioner/${practitionerId}`].sort(),
    );
    // A token without Patient and Practitioner read gets the matches only.
    expect(included((await read(visits, EHR)).body)).toEqual([]);

    const report = await read(`DiagnosticReport?patient=${patientId}&_include=DiagnosticReport:result`, EHR);
    expect(included(report.body)).toEqual(
      [`Observation/${record.observationIds.normal}`, `Observation/${record.observationIds.high}`].sort(),
    );
    const condition = await read(
      `Condition?patient=${patientId}&_include=Condition:encounter&_include=Condition:patient`,
      WITH_PEOPLE,
    );
    expect(included(condition.body)).toEqual([`Encounter/${record.encounterId}`, `Patient/${patientId}`]);
    const prescription = await read(
      `MedicationRequest?patient=${patientId}&_include=MedicationRequest:requester`,
      WITH_PEOPLE,
    );
    expect(included(prescription.body)).toEqual([`Practitioner/${practitionerId}`]);
    const results = await read(`Observation?patient=${patientId}&_include=Observation:encounter`, EHR);
    expect(included(results.body)).toEqual([`Encounter/${record.encounterId}`]);
    const vaccinations = await read(
      `Immunization?patient=${patientId}&_include=Immunization:patient`,
      WITH_PEOPLE,
    );
    expect(included(vaccinations.body)).toEqual([`Patient/${patientId}`]);
    // Nothing of the other patient comes in through an include.
    for (const bundle of [withPeople, report, condition, prescription, results]) {
      expect(JSON.stringify(bundle.body)).not.toContain(otherPatientId);
    }

    const unknown = await read(`Observation?patient=${patientId}&_include=Observation:performer`, EHR);
    expect(unknown.status).toBe(400);
    const metadata = (await t.app.inject({ url: '/fhir/R4/metadata' })).json() as {
      rest: { resource: { type: string; searchInclude?: string[] }[] }[];
    };
    const listed = (type: string) => metadata.rest[0]!.resource.find((r) => r.type === type)?.searchInclude;
    expect(listed('Encounter')).toEqual(['Encounter:patient', 'Encounter:practitioner']);
    expect(listed('DiagnosticReport')).toContain('DiagnosticReport:result');
  });

  it("lists the visit's diagnoses in Encounter.diagnosis, the primary one ranked first", async () => {
    const encounter = (await read(`Encounter/${record.encounterId}`, EHR)).body;
    expect(encounter.diagnosis).toEqual([
      {
        condition: { reference: `Condition/${record.conditionId}` },
        use: {
          coding: [
            {
              system: 'http://terminology.hl7.org/CodeSystem/diagnosis-role',
              code: 'billing',
              display: 'Billing',
            },
          ],
          text: 'Основной диагноз',
        },
        rank: 1,
      },
    ]);
    const searched = (await read(`Encounter?patient=${patientId}`, EHR)).body;
    expect(JSON.stringify(searched)).toContain(`"condition":{"reference":"Condition/${record.conditionId}"}`);
  });

  it('searches Observations by category: every result is laboratory, other categories match nothing', async () => {
    const all = [record.observationIds.normal, record.observationIds.high].sort();
    const lab = await read(`Observation?patient=${patientId}&category=laboratory`, EHR);
    expect(matchIds(lab.body).sort()).toEqual(all);
    const system = `${CodeSystem.OBSERVATION_CATEGORY}|laboratory`;
    expect(
      matchIds((await read(`Observation?patient=${patientId}&category=${system}`, EHR)).body).sort(),
    ).toEqual(all);
    expect((await read(`Observation?patient=${patientId}&category=vital-signs`, EHR)).body.total).toBe(0);
    expect((await read(`Observation?patient=${patientId}&category=urn:x|laboratory`, EHR)).body.total).toBe(
      0,
    );
    expect((await read(`Observation?patient=${patientId}&category=blood`, EHR)).status).toBe(400);
  });

  it('finds diagnoses by their ICD-10 code through its keyed hash, within the patient', async () => {
    const byCode = await read(`Condition?patient=${patientId}&code=J06.9`, EHR);
    expect(byCode.status).toBe(200);
    expect(matchIds(byCode.body)).toEqual([record.conditionId]);
    const withSystem = await read(`Condition?patient=${patientId}&code=${CodeSystem.ICD10}|j06.9`, EHR);
    expect(matchIds(withSystem.body)).toEqual([record.conditionId]);
    expect((await read(`Condition?patient=${patientId}&code=J06.8`, EHR)).body.total).toBe(0);
    expect((await read(`Condition?patient=${patientId}&code=urn:x|J06.9`, EHR)).body.total).toBe(0);
    // The code is never stored in the clear: the index is an HMAC, not the code.
    const [row] = await storedRows(t.database.db, 'conditions', { column: 'id', value: record.conditionId });
    expect(String(row!.code_hash)).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain('J06.9');
  });

  it('answers 401 without a token, 403 without the scope, 404 for an unknown id, 400 for a bad reference', async () => {
    expect((await read(`Condition/${record.conditionId}`, null)).status).toBe(401);
    expect((await read(`Condition/${record.conditionId}`, ENCOUNTERS_ONLY)).status).toBe(403);
    expect(await lastCall()).toMatchObject({ outcome: 'denied', subjectPatientId: null });
    expect((await read(`Condition/${randomUUID()}`, EHR)).status).toBe(404);
    expect((await read('Condition?patient=Encounter/x', EHR)).status).toBe(400);
    expect((await read(`Condition?patient=${patientId}&code:text=J06.9`, EHR)).status).toBe(400);
  });
});
