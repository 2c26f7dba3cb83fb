import { describe, expect, it } from 'vitest';
import type { ConditionView, EncounterView, MedicationRequestView, ObservationView } from '../records';
import { DOCUMENT_TEMPLATES, missingSections, sectionsOf } from './document-templates';
import { diagnosisLines, prefillSections } from './prefill-document';

const condition = (code: string, name: string, role: ConditionView['role']): ConditionView => ({
  id: code,
  patientId: 'p',
  encounterId: 'e1',
  code,
  name,
  role,
  clinicalStatus: 'active',
  verificationStatus: 'confirmed',
  onsetDate: null,
  abatementDate: null,
  recordedBy: null,
  recordedAt: new Date('2026-10-01T09:00:00Z'),
});

const encounter = (overrides: Partial<EncounterView>): EncounterView => ({
  id: 'e1',
  patientId: 'p',
  appointmentId: null,
  class: 'AMB',
  status: 'finished',
  practitioner: { id: 'd', name: 'Орлова А. В.' },
  specialty: { code: 'therapist', name: 'Терапевт' },
  organization: null,
  periodStart: new Date('2026-10-01T06:00:00Z'),
  periodEnd: null,
  version: 1,
  finishedAt: null,
  conditions: [],
  complaints: 'Кашель',
  anamnesis: null,
  examination: 'Зев гиперемирован',
  conclusion: 'ОРВИ',
  recommendations: 'Обильное питьё',
  followUp: null,
  ...overrides,
});

const observation: ObservationView = {
  id: 'o',
  patientId: 'p',
  reportId: null,
  code: '2345-7',
  codeSystem: 'http://loinc.org',
  name: 'Глюкоза',
  valueKind: 'quantity',
  value: 7.2,
  unit: 'mmol/L',
  unitDisplay: 'ммоль/л',
  referenceRange: { low: 3.9, high: 6.1, text: null },
  interpretation: 'H',
  effective: new Date('2026-10-02T06:00:00Z'),
  status: 'final',
} as ObservationView;

const prescription = {
  status: 'dispensed',
  medicine: { id: 'm', name: 'Амоксициллин', form: 'капсулы', strength: '500 мг' },
  dosageText: 'по 1 капсуле 3 раза в день',
} as MedicationRequestView;

describe('prefillSections', () => {
  it('lists each diagnosis once with its ICD-10 code, the primary first', () => {
    const lines = diagnosisLines([
      condition('I10', 'Эссенциальная гипертензия', 'secondary'),
      condition('J06.9', 'ОРВИ', 'primary'),
      condition('I10', 'Эссенциальная гипертензия', 'secondary'),
    ]);
    expect(lines).toBe('Основной: J06.9 ОРВИ\nСопутствующий: I10 Эссенциальная гипертензия');
  });

  it('fills a discharge summary from the period: diagnoses, treatment, results with their flag', () => {
    const sections = prefillSections('discharge-summary', {
      encounters: [encounter({ conditions: [condition('J06.9', 'ОРВИ', 'primary')] })],
      conditions: [],
      observations: [observation],
      prescriptions: [prescription],
      timeZone: 'Europe/Moscow',
    });
    expect(sections).toEqual({
      diagnoses: 'Основной: J06.9 ОРВИ',
      course: 'Амоксициллин, капсулы, 500 мг, по 1 капсуле 3 раза в день',
      results: '02.10.2026 Глюкоза: 7.2 ммоль/л (H)',
      outcome: '',
      recommendations: 'Обильное питьё',
    });
    // The outcome is the practitioner's to write: signing refuses it empty.
    expect(missingSections('discharge-summary', sections)).toEqual(['outcome']);
  });

  it("copies a visit's sections into its protocol", () => {
    const sections = prefillSections('visit-protocol', {
      encounters: [encounter({})],
      conditions: [],
      observations: [],
      prescriptions: [],
      timeZone: 'Europe/Moscow',
    });
    expect(sections).toMatchObject({
      complaints: 'Кашель',
      examination: 'Зев гиперемирован',
      conclusion: 'ОРВИ',
    });
    expect(Object.keys(sections)).toEqual(DOCUMENT_TEMPLATES['visit-protocol'].sections.map((s) => s.key));
  });

  it('keeps only the template’s sections', () => {
    expect(sectionsOf('medical-certificate', { conclusion: 'Здоров', other: 'x' })).toEqual({
      purpose: '',
      diagnoses: '',
      conclusion: 'Здоров',
    });
  });
});
