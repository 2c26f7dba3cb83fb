import type { ApiSchema } from '../../shared/api-client';

export type TObservation = ApiSchema<'Observation'>;
export type TInterpretation = NonNullable<TObservation['interpretation']>;

/** The i18n key of each interpretation: the marker in words, never a colour alone (rule 25). */
export const MARKER_KEYS = {
  LL: 'card.marker.criticalLow',
  L: 'card.marker.low',
  N: 'card.marker.normal',
  H: 'card.marker.high',
  HH: 'card.marker.criticalHigh',
} as const satisfies Record<TInterpretation, string>;

/** Out of range: worth listing first and marking. */
export const isOutOfRange = (interpretation: TInterpretation | null): boolean =>
  interpretation !== null && interpretation !== 'N';

/** How far out of range, for ordering: critical first, then high and low, normal and unknown last. */
const SEVERITY: Record<TInterpretation, number> = { HH: 0, LL: 0, H: 1, L: 1, N: 2 };

/** Out-of-range results first (critical before the rest), then the newest first within each group. */
export function outOfRangeFirst<T extends Pick<TObservation, 'interpretation' | 'effective'>>(
  results: readonly T[],
): T[] {
  const rank = (r: T) => (r.interpretation ? SEVERITY[r.interpretation] : 3);
  return [...results].sort((a, b) => rank(a) - rank(b) || Date.parse(b.effective) - Date.parse(a.effective));
}

/** A number as Russian forms print it: a decimal comma, no trailing zeros (5.50 → «5,5»). */
export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 3 }).format(value);
}

/**
 * The reference range in words and figures: «3,9–5,5», «до 5,2», «от 60», the laboratory's own text, or
 * null when there is none.
 */
export function formatRange(
  range: TObservation['referenceRange'],
  language: string,
  words: { upTo: string; from: string },
): string | null {
  const { low, high, text } = range;
  if (low !== null && high !== null) return `${formatNumber(low, language)}–${formatNumber(high, language)}`;
  if (high !== null) return `${words.upTo} ${formatNumber(high, language)}`;
  if (low !== null) return `${words.from} ${formatNumber(low, language)}`;
  return text;
}

/** The value with its unit: «6,8 ммоль/л»; text results as they are. */
export function formatValue(result: Pick<TObservation, 'value' | 'unitDisplay' | 'unit'>, language: string) {
  const value = typeof result.value === 'number' ? formatNumber(result.value, language) : result.value;
  const unit = result.unitDisplay ?? result.unit;
  return unit ? `${value} ${unit}` : value;
}

/** The latest result of each analyte, in the order the analytes first appear (newest first). */
export function latestPerAnalyte<T extends Pick<TObservation, 'code' | 'effective'>>(
  results: readonly T[],
): T[] {
  const latest = new Map<string, T>();
  for (const result of results) {
    const known = latest.get(result.code);
    if (!known || Date.parse(result.effective) > Date.parse(known.effective)) latest.set(result.code, result);
  }
  return [...latest.values()].sort((a, b) => Date.parse(b.effective) - Date.parse(a.effective));
}
