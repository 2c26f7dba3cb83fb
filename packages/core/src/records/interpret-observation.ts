import type { Interpretation } from '@talon/vocabulary/records';
import type { Sex } from '../shared';

/**
 * A reference interval with its critical limits, for one sex (or both) and an age band in whole years
 * (`ageFrom` inclusive, `ageTo` exclusive, null: no upper bound). A one-sided norm has `low` or `high` null.
 */
export interface LabRange {
  sex: Sex | 'any';
  ageFrom: number;
  ageTo: number | null;
  low: number | null;
  high: number | null;
  criticalLow: number | null;
  criticalHigh: number | null;
}

/** A range the laboratory printed with the result: it holds for this patient whatever the age and sex. */
export const labGivenRange = (range: {
  low: number | null;
  high: number | null;
  criticalLow?: number | null;
  criticalHigh?: number | null;
}): LabRange => ({
  sex: 'any',
  ageFrom: 0,
  ageTo: null,
  low: range.low,
  high: range.high,
  criticalLow: range.criticalLow ?? null,
  criticalHigh: range.criticalHigh ?? null,
});

/** Whole years of age on a calendar day (both `YYYY-MM-DD`): the day before the birthday is a year less. */
export function ageOnDate(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return y - by - (m * 100 + d < bm * 100 + bd ? 1 : 0);
}

/** The range for the patient's sex and age: one for the sex wins over one for both; undefined when none fits. */
export function selectRange(ranges: readonly LabRange[], sex: Sex, ageYears: number): LabRange | undefined {
  const fits = ranges.filter(
    (range) => ageYears >= range.ageFrom && (range.ageTo === null || ageYears < range.ageTo),
  );
  return fits.find((range) => range.sex === sex) ?? fits.find((range) => range.sex === 'any');
}

/**
 * Talon's interpretation of a numeric result (docs/domain.md rule 25) against the range for the patient's
 * sex and age on the day of the test: strictly below `criticalLow` `LL`, strictly above `criticalHigh` `HH`,
 * below `low` `L`, above `high` `H`, otherwise `N` — a value equal to a limit is within it. Null when no range
 * fits (nothing to compare with).
 */
export function interpretObservation(
  value: number,
  ranges: readonly LabRange[],
  sex: Sex,
  ageAtTest: number,
): Interpretation | null {
  const range = selectRange(ranges, sex, ageAtTest);
  if (!range || !Number.isFinite(value)) return null;
  if (range.criticalLow !== null && value < range.criticalLow) return 'LL';
  if (range.criticalHigh !== null && value > range.criticalHigh) return 'HH';
  if (range.low !== null && value < range.low) return 'L';
  if (range.high !== null && value > range.high) return 'H';
  if (range.low === null && range.high === null) return null;
  return 'N';
}

/** Out of range: anything but `N` (and a result without interpretation). */
export const isOutOfRange = (interpretation: Interpretation | null): boolean =>
  interpretation !== null && interpretation !== 'N';

/** Critical: `LL` or `HH` — the ordering practitioner is alerted too (rule 25). */
export const isCritical = (interpretation: Interpretation | null): boolean =>
  interpretation === 'LL' || interpretation === 'HH';
