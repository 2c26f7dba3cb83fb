import { describe, expect, it } from 'vitest';
import { matchLabTests, parseDecimal, resultFormOf, resultsRequestOf } from './lab-order-forms';
import type { TLabOrder, TLabTestCatalogue } from './lab-orders.api';

const catalogue: TLabTestCatalogue = {
  panels: [
    { code: 'cbc', name: 'Общий анализ крови', analytes: ['718-7', '6690-2'] },
    { code: 'biochem', name: 'Биохимический анализ крови', analytes: ['2345-7'] },
  ],
  analytes: [
    { code: '718-7', name: 'Гемоглобин', unit: 'g/L', unitDisplay: 'г/л' },
    { code: '2345-7', name: 'Глюкоза', unit: 'mmol/L', unitDisplay: 'ммоль/л' },
    { code: 'local-bile', name: 'Жёлчные кислоты', unit: 'umol/L', unitDisplay: 'мкмоль/л' },
  ],
};

describe('matchLabTests', () => {
  it('offers the panels when nothing is typed', () => {
    expect(matchLabTests(catalogue, '  ').map((o) => o.code)).toEqual(['cbc', 'biochem']);
  });

  it('finds by every word, in any case, panels before analytes', () => {
    expect(matchLabTests(catalogue, 'анализ КРОВИ общий').map((o) => o.code)).toEqual(['cbc']);
    expect(matchLabTests(catalogue, 'глю').map((o) => o.code)).toEqual(['2345-7']);
  });

  it('finds by code and reads ё as е', () => {
    expect(matchLabTests(catalogue, '718-7').map((o) => o.code)).toEqual(['718-7']);
    expect(matchLabTests(catalogue, 'желчн').map((o) => o.code)).toEqual(['local-bile']);
  });
});

const order = {
  items: [
    {
      code: 'cbc',
      kind: 'panel',
      name: 'Общий анализ крови',
      analytes: [
        { code: '718-7', name: 'Гемоглобин', unit: 'g/L', unitDisplay: 'г/л' },
        { code: '6690-2', name: 'Лейкоциты', unit: null, unitDisplay: null },
      ],
    },
    {
      code: '718-7',
      kind: 'analyte',
      name: 'Гемоглобин',
      analytes: [{ code: '718-7', name: 'Гемоглобин', unit: 'g/L', unitDisplay: 'г/л' }],
    },
  ],
} as unknown as TLabOrder;

describe('the result form', () => {
  it('asks for each ordered analyte once, with the reference unit', () => {
    const form = resultFormOf(order);
    expect(form.results.map((r) => [r.code, r.unit])).toEqual([
      ['718-7', 'g/L'],
      ['6690-2', ''],
    ]);
  });

  it('parses decimals with a comma or a point, and nothing else', () => {
    expect(parseDecimal('5,2')).toBe(5.2);
    expect(parseDecimal(' -0.5 ')).toBe(-0.5);
    expect(parseDecimal('5,2,1')).toBeNull();
    expect(parseDecimal('отрицательно')).toBeNull();
  });

  it('sends numbers as numbers, text as text, the unit and range only when given', () => {
    const form = resultFormOf(order);
    form.results[0] = { ...form.results[0]!, value: '95', referenceRange: { low: '120', high: '' } };
    form.results[1] = { ...form.results[1]!, value: ' не обнаружены ' };
    expect(resultsRequestOf({ ...form, conclusion: '  ' })).toEqual({
      results: [
        { code: '718-7', value: 95, unit: 'g/L', referenceRange: { low: 120, high: null } },
        { code: '6690-2', value: 'не обнаружены' },
      ],
    });
  });
});
