import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidOms, omsCheckDigit, parseOms, parseOmsPolicy } from './oms';

/** Luhn check digit, written independently: try every digit and keep the one whose full Luhn sum is 0. */
function referenceLuhn(first15: string): string {
  const luhnSum = (all: string) =>
    Array.from(all)
      .reverse()
      .map(Number)
      .reduce((sum, d, i) => sum + (i % 2 === 1 ? [0, 2, 4, 6, 8, 1, 3, 5, 7, 9][d]! : d), 0);
  return String([...Array(10).keys()].find((c) => luhnSum(first15 + c) % 10 === 0));
}

const first15 = fc
  .array(fc.integer({ min: 0, max: 9 }), { minLength: 15, maxLength: 15 })
  .map((d) => d.join(''));

describe('parseOms (ЕНП) — reference vectors', () => {
  it.each(['8451999122899990', '7700000000000016', '5001123456789013'])('accepts %s', (input) => {
    expect(parseOms(input)).toEqual({ ok: true, value: input });
  });

  it.each([
    ['8451999122899991', 'CHECKSUM'],
    ['770000000000001', 'LENGTH'], // 15 digits
  ])('rejects %s with %s', (input, error) => {
    expect(parseOms(input)).toEqual({ ok: false, error });
  });
});

describe('parseOms — other rules', () => {
  it('ignores spaces and hyphens', () => {
    expect(parseOms('8451 9991 2289 9990')).toEqual({ ok: true, value: '8451999122899990' });
    expect(parseOms('8451-9991-2289-9990')).toEqual({ ok: true, value: '8451999122899990' });
  });

  it('rejects letters and empty input', () => {
    expect(parseOms('845199912289999O')).toEqual({ ok: false, error: 'FORMAT' });
    expect(parseOms('')).toEqual({ ok: false, error: 'EMPTY' });
  });
});

describe('parseOmsPolicy', () => {
  it('recognises an ЕНП and verifies its checksum', () => {
    expect(parseOmsPolicy('7700 0000 0000 0016')).toEqual({
      ok: true,
      value: { kind: 'enp', number: '7700000000000016' },
    });
    expect(parseOmsPolicy('8451999122899991')).toEqual({ ok: false, error: 'CHECKSUM' });
  });

  it('recognises a 9-digit temporary certificate without a checksum', () => {
    expect(parseOmsPolicy('123 456 789')).toEqual({
      ok: true,
      value: { kind: 'temporary', number: '123456789' },
    });
  });

  it('recognises an old policy as series and number, upper-casing the series', () => {
    expect(parseOmsPolicy('  еж  1234567 ')).toEqual({
      ok: true,
      value: { kind: 'old', series: 'ЕЖ', number: '1234567' },
    });
    expect(parseOmsPolicy('77-АБ 0012345678')).toEqual({
      ok: true,
      value: { kind: 'old', series: '77-АБ', number: '0012345678' },
    });
  });

  it('rejects a digits-only number of another length and unreadable input', () => {
    expect(parseOmsPolicy('770000000000001')).toEqual({ ok: false, error: 'LENGTH' });
    expect(parseOmsPolicy('ЕЖ')).toEqual({ ok: false, error: 'FORMAT' });
    expect(parseOmsPolicy('ЕЖ 12a')).toEqual({ ok: false, error: 'FORMAT' });
    expect(parseOmsPolicy(' ')).toEqual({ ok: false, error: 'EMPTY' });
  });
});

describe('ЕНП — properties', () => {
  it('the exported generator agrees with an independent Luhn implementation', () => {
    fc.assert(fc.property(first15, (p) => omsCheckDigit(p) === referenceLuhn(p)));
  });

  it('accepts every number with a correct check digit', () => {
    fc.assert(fc.property(first15, (p) => isValidOms(p + referenceLuhn(p))));
  });

  it('rejects any change of a single digit', () => {
    // Guaranteed by Luhn: both x → x and x → digit sum of 2x are permutations of 0..9, so changing one
    // digit always changes the sum modulo 10.
    fc.assert(
      fc.property(first15, fc.nat(15), fc.integer({ min: 1, max: 9 }), (p, pos, delta) => {
        const d = Array.from(p + referenceLuhn(p), Number);
        d[pos] = ((d[pos] ?? 0) + delta) % 10;
        return !isValidOms(d.join(''));
      }),
    );
  });
});
