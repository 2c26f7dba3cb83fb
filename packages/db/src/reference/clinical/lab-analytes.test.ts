import { describe, expect, it } from 'vitest';
import {
  findAnalyte,
  findLabPanel,
  LAB_ANALYTES,
  LAB_PANELS,
  type LabAnalyte,
  LOINC_SYSTEM,
  referenceRangeFor,
  TALON_LAB_SYSTEM,
} from './index';
import { isValidLoinc } from './loinc-code';

const PANEL_CODES = ['cbc', 'glucose', 'lipids', 'creatinine', 'biochem', 'urine', 'thyroid', 'hba1c'];
const analyte = (code: string): LabAnalyte => {
  const found = findAnalyte(code);
  if (!found) throw new Error(`no analyte ${code}`);
  return found;
};

describe('lab-analytes.json', () => {
  it('has unique codes: valid LOINC codes with their check digit, or local talon: codes', () => {
    const codes = LAB_ANALYTES.map((a) => a.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const { code, system } of LAB_ANALYTES) {
      if (system === LOINC_SYSTEM) expect(isValidLoinc(code), code).toBe(true);
      else {
        expect(system, code).toBe(TALON_LAB_SYSTEM);
        expect(code).toMatch(/^talon:[a-z0-9-]+$/);
      }
    }
  });

  it('has Russian names, UCUM units and a panel', () => {
    for (const a of LAB_ANALYTES) {
      expect(a.name, a.code).toMatch(/[А-Яа-яЁё]/);
      expect(a.shortName.length, a.code).toBeGreaterThan(0);
      expect(a.unit, a.code).toMatch(/^[A-Za-z0-9*/%[\]]+$/);
      expect(PANEL_CODES, a.code).toContain(a.panel);
      expect(Number.isInteger(a.decimals) && a.decimals >= 0 && a.decimals <= 3, a.code).toBe(true);
    }
  });

  it('uses the units Russian laboratories print', () => {
    const units: Record<string, string> = {
      '718-7': 'g/L',
      '789-8': '10*12/L',
      '6690-2': '10*9/L',
      '777-3': '10*9/L',
      '4544-3': '%',
      '787-2': 'fL',
      '4537-7': 'mm/h',
      '14749-6': 'mmol/L',
      '14647-2': 'mmol/L',
      '14682-9': 'umol/L',
      '4548-4': '%',
    };
    for (const [code, unit] of Object.entries(units)) expect(analyte(code).unit, code).toBe(unit);
  });

  it('has coherent reference ranges: low below high, critical values outside the normal range', () => {
    for (const a of LAB_ANALYTES) {
      expect(a.ranges.length, a.code).toBeGreaterThan(0);
      for (const r of a.ranges) {
        const where = `${a.code} ${r.sex} ${r.ageFrom}`;
        expect(r.low !== null || r.high !== null, where).toBe(true);
        if (r.low !== null && r.high !== null) expect(r.low, where).toBeLessThan(r.high);
        if (r.ageTo !== null) expect(r.ageFrom, where).toBeLessThan(r.ageTo);
        if (r.criticalLow !== null) expect(r.criticalLow, where).toBeLessThan(r.low ?? r.high ?? 0);
        if (r.criticalHigh !== null) expect(r.criticalHigh, where).toBeGreaterThan(r.high ?? r.low ?? 0);
      }
    }
  });

  it('never gives two ranges for the same sex and age', () => {
    for (const a of LAB_ANALYTES) {
      for (const sex of ['female', 'male'] as const) {
        for (let age = 0; age <= 100; age += 1) {
          const fits = a.ranges.filter(
            (r) =>
              (r.sex === sex || r.sex === 'any') && age >= r.ageFrom && (r.ageTo === null || age < r.ageTo),
          );
          const own = fits.filter((r) => r.sex === sex);
          const any = fits.filter((r) => r.sex === 'any');
          expect(own.length <= 1 && any.length <= 1, `${a.code} ${sex} ${age}`).toBe(true);
        }
      }
    }
  });

  it('has children ranges where they differ from adults', () => {
    for (const code of ['718-7', '6690-2', '14682-9', '1742-6']) {
      const a = analyte(code);
      const child = referenceRangeFor(a, 'male', 5);
      const adult = referenceRangeFor(a, 'male', 30);
      expect(child, code).toBeDefined();
      expect(adult, code).toBeDefined();
      expect(child, code).not.toEqual(adult);
    }
  });
});

describe('referenceRangeFor', () => {
  it('prefers the range for the patient sex over one for both sexes', () => {
    const hgb = analyte('718-7');
    expect(referenceRangeFor(hgb, 'female', 35)).toMatchObject({ sex: 'female', low: 120, high: 140 });
    expect(referenceRangeFor(hgb, 'male', 35)).toMatchObject({ sex: 'male', low: 130, high: 160 });
    expect(referenceRangeFor(hgb, 'male', 3)).toMatchObject({ sex: 'any', ageFrom: 1, ageTo: 6 });
  });

  it('finds nothing for an age the analyte has no range for', () => {
    expect(referenceRangeFor(analyte('2885-2'), 'female', 10)).toBeUndefined();
  });
});

describe('lab-panels.json', () => {
  it('holds each panel once, with a valid LOINC panel code where one exists', () => {
    expect(LAB_PANELS.map((p) => p.code).sort()).toEqual([...PANEL_CODES].sort());
    for (const p of LAB_PANELS) if (p.loinc !== null) expect(isValidLoinc(p.loinc), p.code).toBe(true);
    expect(findLabPanel('cbc')).toMatchObject({ name: 'Общий анализ крови', loinc: '58410-2' });
    expect(findLabPanel('urine')?.name).toBe('Общий анализ мочи');
    expect(findLabPanel('lipids')?.name).toBe('Липидный профиль');
    expect(findLabPanel('thyroid')?.name).toBe('ТТГ');
  });

  it('lists existing analytes once, and every analyte belongs to its own panel', () => {
    for (const p of LAB_PANELS) {
      expect(p.analytes.length, p.code).toBeGreaterThan(0);
      expect(new Set(p.analytes).size, p.code).toBe(p.analytes.length);
      for (const code of p.analytes) expect(findAnalyte(code), `${p.code} ${code}`).toBeDefined();
    }
    for (const a of LAB_ANALYTES) expect(findLabPanel(a.panel)?.analytes, a.code).toContain(a.code);
  });
});
