import { describe, expect, it } from 'vitest';
import { DOCUMENT_TYPES, findDocumentType, findVaccine, VACCINES } from './index';
import { isValidLoinc } from './loinc-code';

describe('vaccines.json', () => {
  it('holds at least 15 vaccines with unique kebab-case codes', () => {
    expect(VACCINES.length).toBeGreaterThanOrEqual(15);
    const codes = VACCINES.map((v) => v.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('describes each vaccine: calendar, diseases, CVX code and numbered doses', () => {
    for (const v of VACCINES) {
      expect(v.name, v.code).toMatch(/[А-Яа-яЁё]/);
      expect(['national', 'epidemic'], v.code).toContain(v.calendar);
      expect(v.targetDiseases.length, v.code).toBeGreaterThan(0);
      if (v.cvx !== null) expect(Number.isInteger(v.cvx) && v.cvx > 0, v.code).toBe(true);
      expect(v.schedule.length, v.code).toBeGreaterThan(0);
      for (const kind of ['primary', 'booster'] as const) {
        const doses = v.schedule.filter((d) => d.kind === kind).map((d) => d.dose);
        expect(new Set(doses).size, `${v.code} ${kind}`).toBe(doses.length);
        for (const dose of doses) expect(dose, v.code).toBeGreaterThan(0);
      }
      for (const { age } of v.schedule) expect(age.length, v.code).toBeGreaterThan(0);
    }
  });

  it('covers the vaccinations polyclinics give', () => {
    for (const code of [
      'influenza',
      'covid-19',
      'tick-borne-encephalitis',
      'pneumococcal-conjugate',
      'ads-m',
    ]) {
      expect(findVaccine(code), code).toBeDefined();
    }
    expect(findVaccine('hepatitis-b')?.schedule[0]?.age).toBe('первые 24 часа жизни');
    expect(findVaccine('ads-m')?.schedule.some((d) => d.age.includes('каждые 10 лет'))).toBe(true);
    expect(VACCINES.filter((v) => v.calendar === 'national').length).toBeGreaterThanOrEqual(10);
  });
});

describe('document-types.json', () => {
  it('holds unique codes of three kinds with valid LOINC codes where one fits', () => {
    const codes = DOCUMENT_TYPES.map((d) => d.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const d of DOCUMENT_TYPES) {
      expect(d.code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(['document', 'certificate', 'extract'], d.code).toContain(d.kind);
      expect(d.name, d.code).toMatch(/^[А-ЯЁ]/);
      if (d.loinc !== null) expect(isValidLoinc(d.loinc), d.code).toBe(true);
    }
  });

  it('covers the documents of the medical record and the polyclinic', () => {
    expect(findDocumentType('discharge-summary')).toMatchObject({
      name: 'Выписной эпикриз',
      loinc: '18842-5',
    });
    expect(findDocumentType('lab-results-extract')?.loinc).toBe('11502-2');
    for (const code of ['outpatient-extract', 'visit-protocol', 'pool-certificate', 'sport-certificate']) {
      expect(findDocumentType(code), code).toBeDefined();
    }
    for (const code of ['vaccination-certificate', 'visit-certificate', 'prescription']) {
      expect(findDocumentType(code), code).toBeDefined();
    }
  });
});
