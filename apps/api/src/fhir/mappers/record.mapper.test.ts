import { beforeAll, describe, expect, it } from 'vitest';
import { CodeSystem } from '../identifier-systems';
import { expectValidR4, loadR4Definitions, R4_LOAD_TIMEOUT } from '../testing/fhir-validator';
import { toDiagnosticReport, toDocumentReference, toObservation } from './result.mapper';
import { toCondition, toEncounter, toImmunization, toMedicationRequest } from './visit.mapper';

const patientId = '3e0a9f4b-6f6c-4d8a-8d76-9d4a5b6c7e8f';
const encounterId = '6b3d2c7e-9c9f-4ab1-8ab9-c07d8e9fa012';
const practitioner = { id: '1c8e7d2f-4d4a-4b68-8b54-7b2e3f4a5c6d', name: 'Петров Пётр Петрович' };
const at = new Date('2026-10-01T09:00:00Z');

const result = {
  id: '7c4e3d8f-a0a0-4bce-b1ba-d18e9fa0b1c3',
  patientId,
  reportId: null,
  encounterId: null,
  code: '5048-4',
  codeSystem: CodeSystem.LOINC,
  name: 'Антитела к ВИЧ',
  valueKind: 'coded' as const,
  value: 'не обнаружено',
  unit: null,
  unitDisplay: null,
  refLow: null,
  refHigh: null,
  refText: 'не обнаружено',
  interpretation: null,
  effectiveAt: at,
  status: 'final' as const,
};

beforeAll(loadR4Definitions, R4_LOAD_TIMEOUT);

describe('medical record mappers', () => {
  it('writes a home visit and a virtual one with their FHIR class, without a room for a missing specialty', async () => {
    const visit = {
      id: encounterId,
      patientId,
      class: 'HH' as const,
      practitioner,
      practitionerRoleId: null,
      specialty: null,
      organization: { id: '0b7f6c1e-3c39-4a57-9a43-6a1d2f3e4b5c', name: 'Поликлиника № 12' },
      periodStart: at,
      periodEnd: null,
      appointmentId: null,
    };
    const encounter = toEncounter(visit);
    await expectValidR4(encounter);
    expect(encounter).toMatchObject({ class: { code: 'HH' }, type: [{ text: 'Вызов на дом' }] });
    expect(encounter).not.toHaveProperty('serviceType');
    expect(toEncounter({ ...visit, class: 'VR' }).class).toMatchObject({ code: 'VR', display: 'virtual' });
  });

  it('writes a resolved complication with its abatement, the role as the category text', async () => {
    const condition = toCondition({
      id: '8d5f4e9a-b1b1-4cdf-a2cb-e29fa0b1c234',
      patientId,
      encounterId,
      code: 'J18.9',
      name: 'Пневмония неуточненная',
      role: 'complication',
      clinicalStatus: 'resolved',
      verificationStatus: 'confirmed',
      onsetDate: '2026-09-01',
      abatementDate: '2026-09-20',
      recordedBy: null,
      recordedAt: at,
    });
    await expectValidR4(condition);
    expect(condition).toMatchObject({
      category: [{ text: 'Осложнение основного диагноза' }],
      abatementDateTime: '2026-09-20',
      clinicalStatus: { coding: [{ code: 'resolved' }] },
    });
  });

  it('writes a coded result as a concept and a text range, a quantity that is not a number as a string', async () => {
    const coded = toObservation(result);
    await expectValidR4(coded);
    expect(coded).toMatchObject({
      valueCodeableConcept: { text: 'не обнаружено' },
      referenceRange: [{ text: 'не обнаружено' }],
    });
    expect(coded).not.toHaveProperty('interpretation');
    const odd = toObservation({
      ...result,
      valueKind: 'quantity',
      value: '<0.1',
      refText: null,
      unit: 'mg/L',
    });
    await expectValidR4(odd);
    expect(odd.valueString).toBe('<0.1');
    expect(odd).not.toHaveProperty('referenceRange');
  });

  it('writes a report without results, a document from elsewhere, an expired prescription, a reported vaccination', async () => {
    const report = toDiagnosticReport({
      id: result.id,
      patientId,
      encounterId: null,
      code: 'cbc',
      name: 'Общий анализ крови',
      status: 'final',
      effectiveAt: at,
      issuedAt: null,
      performerName: null,
      conclusion: 'Без особенностей',
      documentId: null,
      observationIds: [],
    });
    await expectValidR4(report);
    expect(report).not.toHaveProperty('result');
    const document = toDocumentReference(
      {
        id: result.id,
        patientId,
        encounterId: null,
        status: 'superseded',
        type: { code: 'medical-certificate', name: 'Медицинская справка', loinc: null },
        title: 'Справка',
        documentDate: '2026-09-30',
        author: { id: null, name: 'Иванова А. А.' },
        organization: null,
        signedAt: at,
        size: 1024,
        sha256: 'a'.repeat(64),
      },
      'https://talon.example/fhir/R4/Binary/x',
    );
    await expectValidR4(document);
    expect(document).toMatchObject({
      status: 'superseded',
      author: [{ display: 'Иванова А. А.' }],
      type: { coding: [{ system: CodeSystem.DOCUMENT_TYPE, code: 'medical-certificate' }] },
    });
    const prescription = toMedicationRequest({
      id: result.id,
      number: 'T-1',
      patientId,
      encounterId: null,
      practitioner,
      medicineId: 'amlodipine',
      medicineName: 'Амлодипин',
      form: null,
      strength: '5 мг',
      dosageText: null,
      quantity: 30,
      validUntil: '2026-12-31',
      status: 'expired',
      authoredOn: at,
    });
    await expectValidR4(prescription);
    expect(prescription).toMatchObject({
      status: 'stopped',
      medicationCodeableConcept: { text: 'Амлодипин, 5 мг' },
    });
    const vaccination = toImmunization({
      id: result.id,
      patientId,
      encounterId: null,
      vaccineCode: 'influenza',
      vaccineName: 'Вакцина для профилактики гриппа',
      occurrenceDate: '2025-10-01',
      doseNumber: null,
      lotNumber: null,
      organization: null,
      performerName: 'Прививочный пункт ТЦ',
    });
    await expectValidR4(vaccination);
    expect(vaccination).toMatchObject({
      primarySource: false,
      performer: [{ actor: { display: 'Прививочный пункт ТЦ' } }],
    });
  });
});
