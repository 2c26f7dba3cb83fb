import { describe, expect, it } from 'vitest';
import { formatPassport, isValidPassport, parsePassport } from './passport';

describe('parsePassport', () => {
  it.each(['45 12 345678', '4512 345678', '4512345678', '  45 12  345678 '])('accepts %s', (input) => {
    expect(parsePassport(input)).toEqual({ ok: true, value: { series: '4512', number: '345678' } });
  });

  it.each([
    ['', 'EMPTY'],
    ['45 12 34567', 'LENGTH'],
    ['4512 3456789', 'LENGTH'],
    ['45-12 345678', 'FORMAT'],
    ['45 12 №345678', 'FORMAT'],
    ['ab12 345678', 'FORMAT'],
  ])('rejects %j with %s', (input, error) => {
    expect(parsePassport(input)).toEqual({ ok: false, error });
  });

  it('formats as printed in the passport', () => {
    expect(formatPassport({ series: '4512', number: '345678' })).toBe('45 12 345678');
    expect(isValidPassport('4512345678')).toBe(true);
  });
});
