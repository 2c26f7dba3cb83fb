import type { TEnterLabResults, TLabOrder, TLabTestCatalogue } from './lab-orders.api';

/** One choice of the order form: a panel or a single analyte of the reference. */
export interface LabTestOption {
  code: string;
  name: string;
  kind: 'panel' | 'analyte';
  /** What it is measured in (an analyte) or how many analytes it holds (a panel). */
  detail: string;
}

const MAX_MATCHES = 20;
const normalize = (text: string) => text.toLocaleLowerCase('ru').replaceAll('ё', 'е');

/**
 * The panels and analytes whose name or code holds every word typed («гемоглобин», «общий анализ крови»,
 * «718-7»), panels first, at most 20. With nothing typed: the panels, the usual way to order.
 */
export function matchLabTests(catalogue: TLabTestCatalogue, query: string): LabTestOption[] {
  const options: LabTestOption[] = [
    ...catalogue.panels.map((p) => ({
      code: p.code,
      name: p.name,
      kind: 'panel' as const,
      detail: String(p.analytes.length),
    })),
    ...catalogue.analytes.map((a) => ({
      code: a.code,
      name: a.name,
      kind: 'analyte' as const,
      detail: a.unitDisplay,
    })),
  ];
  const words = normalize(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return options.filter((o) => o.kind === 'panel').slice(0, MAX_MATCHES);
  return options
    .filter((o) => {
      const haystack = normalize(`${o.name} ${o.code}`);
      return words.every((word) => haystack.includes(word));
    })
    .slice(0, MAX_MATCHES);
}

/** One analyte's line of the result form: as typed (text), checked and converted on sending. */
export interface ResultRow {
  code: string;
  name: string;
  value: string;
  unit: string;
  referenceRange: { low: string; high: string };
}

export interface ResultsFormValues {
  results: ResultRow[];
  conclusion: string;
}

/** The result form of an order: a line per analyte it asks for (once, even if two panels share it), unit defaulted. */
export function resultFormOf(order: TLabOrder): ResultsFormValues {
  const seen = new Set<string>();
  const results: ResultRow[] = [];
  for (const item of order.items) {
    for (const analyte of item.analytes) {
      if (seen.has(analyte.code)) continue;
      seen.add(analyte.code);
      results.push({
        code: analyte.code,
        name: analyte.name,
        value: '',
        unit: analyte.unit ?? '',
        referenceRange: { low: '', high: '' },
      });
    }
  }
  return { results, conclusion: '' };
}

const DECIMAL = /^[-+]?\d+(?:[.,]\d+)?$/;

/** A number as typed in Russian or English («5,2», «5.2»); null when it is not one. */
export function parseDecimal(text: string): number | null {
  const trimmed = text.trim();
  return DECIMAL.test(trimmed) ? Number(trimmed.replace(',', '.')) : null;
}

/** A range bound is optional, but when given it must be a number. */
export const isBlankOrDecimal = (text: string) => text.trim() === '' || parseDecimal(text) !== null;

/**
 * The request of the result form: a numeric value as a number (a quantity the server interprets against the
 * range), anything else as text («отрицательно»); the unit and range only when given.
 */
export function resultsRequestOf(values: ResultsFormValues): TEnterLabResults {
  const conclusion = values.conclusion.trim();
  return {
    results: values.results.map((row) => {
      const low = parseDecimal(row.referenceRange.low);
      const high = parseDecimal(row.referenceRange.high);
      const unit = row.unit.trim();
      return {
        code: row.code,
        value: parseDecimal(row.value) ?? row.value.trim(),
        ...(unit ? { unit } : {}),
        ...(low === null && high === null ? {} : { referenceRange: { low, high } }),
      };
    }),
    ...(conclusion ? { conclusion } : {}),
  };
}
