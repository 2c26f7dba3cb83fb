import { describe, expect, it } from 'vitest';
import { canMoveLabOrder, worstInterpretation } from './lab-order-rules';
import { labOrderItems } from './order-lab-tests';

describe('laboratory order statuses', () => {
  it('moves an active order to completed or revoked, and nothing out of either', () => {
    expect(canMoveLabOrder('active', 'completed')).toBe(true);
    expect(canMoveLabOrder('active', 'revoked')).toBe(true);
    expect(canMoveLabOrder('completed', 'revoked')).toBe(false);
    expect(canMoveLabOrder('revoked', 'completed')).toBe(false);
    expect(canMoveLabOrder('completed', 'active')).toBe(false);
  });
});

describe('results to review', () => {
  it('takes the worst flag: critical over out of range over normal', () => {
    expect(worstInterpretation(['N', 'H', null])).toBe('H');
    expect(worstInterpretation(['L', 'HH', 'N'])).toBe('HH');
    expect(worstInterpretation([null])).toBeNull();
    expect(worstInterpretation(['N'])).toBe('N');
  });
});

describe('the order form’s codes', () => {
  const reference = {
    labPanel: (code: string) =>
      code === 'cbc' ? { code, name: 'Общий анализ крови', analytes: ['718-7'] } : undefined,
    analyte: (code: string) =>
      code === '718-7'
        ? {
            code,
            system: 'http://loinc.org' as const,
            name: 'Гемоглобин',
            unit: 'g/L',
            unitDisplay: 'г/л',
            ranges: [],
          }
        : undefined,
  };

  it('names panels and analytes once each, and refuses a code outside the reference with its field', () => {
    expect(labOrderItems(reference, ['cbc', ' 718-7', '718-7'])).toEqual([
      { code: 'cbc', kind: 'panel', name: 'Общий анализ крови' },
      { code: '718-7', kind: 'analyte', name: 'Гемоглобин' },
    ]);
    expect(() => labOrderItems(reference, ['cbc', 'x'])).toThrow(
      expect.objectContaining({
        code: 'UNKNOWN_LAB_TEST',
        options: expect.objectContaining({ field: 'body.codes.1' }),
      }),
    );
    expect(() => labOrderItems(reference, [])).toThrow(expect.objectContaining({ code: 'UNKNOWN_LAB_TEST' }));
  });
});
