import { describe, expect, it } from 'vitest';
import {
  ageOnDate,
  interpretObservation,
  type LabRange,
  labGivenRange,
  selectRange,
} from './interpret-observation';

// Haemoglobin as the reference holds it (g/L): women 120–140, men 130–160, critical below 70 and above 200.
const HAEMOGLOBIN: LabRange[] = [
  { sex: 'any', ageFrom: 6, ageTo: 12, low: 115, high: 145, criticalLow: 70, criticalHigh: 200 },
  { sex: 'female', ageFrom: 18, ageTo: null, low: 120, high: 140, criticalLow: 70, criticalHigh: 200 },
  { sex: 'male', ageFrom: 18, ageTo: null, low: 130, high: 160, criticalLow: 70, criticalHigh: 200 },
];

describe('interpretObservation (docs/domain.md rule 25)', () => {
  it('is N on both limits of the range and just inside, L and H just outside', () => {
    const at = (value: number) => interpretObservation(value, HAEMOGLOBIN, 'female', 40);
    expect(at(120)).toBe('N');
    expect(at(140)).toBe('N');
    expect(at(130)).toBe('N');
    expect(at(119.9)).toBe('L');
    expect(at(140.1)).toBe('H');
  });

  it('is LL strictly below the critical low and HH strictly above the critical high; the limits themselves are L and H', () => {
    const at = (value: number) => interpretObservation(value, HAEMOGLOBIN, 'female', 40);
    expect(at(70)).toBe('L');
    expect(at(69.9)).toBe('LL');
    expect(at(200)).toBe('H');
    expect(at(200.1)).toBe('HH');
  });

  it('reads the range for the sex and the age on the day of the test', () => {
    expect(interpretObservation(125, HAEMOGLOBIN, 'female', 30)).toBe('N');
    expect(interpretObservation(125, HAEMOGLOBIN, 'male', 30)).toBe('L');
    expect(interpretObservation(146, HAEMOGLOBIN, 'male', 11)).toBe('H');
    expect(interpretObservation(146, HAEMOGLOBIN, 'male', 12)).toBeNull();
  });

  it('handles one-sided norms and gives nothing without a range', () => {
    const cholesterol: LabRange[] = [
      { sex: 'any', ageFrom: 18, ageTo: null, low: null, high: 5.2, criticalLow: null, criticalHigh: null },
    ];
    expect(interpretObservation(5.2, cholesterol, 'male', 50)).toBe('N');
    expect(interpretObservation(0.1, cholesterol, 'male', 50)).toBe('N');
    expect(interpretObservation(5.21, cholesterol, 'male', 50)).toBe('H');
    expect(interpretObservation(5, [], 'male', 50)).toBeNull();
    expect(interpretObservation(Number.NaN, cholesterol, 'male', 50)).toBeNull();
  });

  it("uses the laboratory's own range whatever the age and sex", () => {
    const given = [labGivenRange({ low: 3.3, high: 5.5 })];
    expect(interpretObservation(5.5, given, 'male', 3)).toBe('N');
    expect(interpretObservation(5.6, given, 'female', 90)).toBe('H');
    expect(interpretObservation(1, given, 'female', 90)).toBe('L');
  });
});

describe('selectRange and ageOnDate', () => {
  it('prefers the range for the sex over one for both', () => {
    const ranges: LabRange[] = [
      { sex: 'any', ageFrom: 0, ageTo: null, low: 1, high: 2, criticalLow: null, criticalHigh: null },
      { sex: 'male', ageFrom: 0, ageTo: null, low: 3, high: 4, criticalLow: null, criticalHigh: null },
    ];
    expect(selectRange(ranges, 'male', 30)?.low).toBe(3);
    expect(selectRange(ranges, 'female', 30)?.low).toBe(1);
  });

  it('counts whole years: a year less the day before the birthday', () => {
    expect(ageOnDate('2008-03-15', '2026-03-14')).toBe(17);
    expect(ageOnDate('2008-03-15', '2026-03-15')).toBe(18);
    expect(ageOnDate('2000-02-29', '2026-02-28')).toBe(25);
    expect(ageOnDate('2000-02-29', '2026-03-01')).toBe(26);
  });
});
