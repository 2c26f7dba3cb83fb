import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidOgrn, isValidOgrnip, ogrnCheckDigit, ogrnipCheckDigit, parseOgrn, parseOgrnip } from './ogrn';

/** Independent check with BigInt: the body as one integer, `mod m`, then `mod 10`. */
const referenceCheck = (body: string, m: bigint): string => String((BigInt(body) % m) % 10n);

/** A body of `n` digits starting with a non-zero digit (0 is not a record kind). */
const body = (n: number) =>
  fc
    .tuple(
      fc.integer({ min: 1, max: 9 }),
      fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n - 1, maxLength: n - 1 }),
    )
    .map(([first, rest]) => [first, ...rest].join(''));

const changeDigit = (value: string, pos: number, delta: number): string => {
  const d = Array.from(value, Number);
  d[pos] = ((d[pos] ?? 0) + delta) % 10;
  return d.join('');
};

describe('parseOgrn / parseOgrnip', () => {
  it('accepts well-known real numbers', () => {
    expect(parseOgrn('1027700132195')).toEqual({ ok: true, value: '1027700132195' });
    expect(parseOgrnip('304500116000157')).toEqual({ ok: true, value: '304500116000157' });
    expect(parseOgrn(' 1027700132195 ')).toEqual({ ok: true, value: '1027700132195' });
  });

  it('rejects wrong check digits, lengths, characters, leading zero and empty input', () => {
    expect(parseOgrn('1027700132196')).toEqual({ ok: false, error: 'CHECKSUM' });
    expect(parseOgrnip('304500116000158')).toEqual({ ok: false, error: 'CHECKSUM' });
    expect(parseOgrn('304500116000157')).toEqual({ ok: false, error: 'LENGTH' });
    expect(parseOgrnip('1027700132195')).toEqual({ ok: false, error: 'LENGTH' });
    expect(parseOgrn('10277001321x5')).toEqual({ ok: false, error: 'FORMAT' });
    expect(parseOgrn('0000000000000')).toEqual({ ok: false, error: 'RANGE' });
    expect(parseOgrnip('')).toEqual({ ok: false, error: 'EMPTY' });
  });

  it('is exact for bodies near the largest values (no floating-point rounding)', () => {
    expect(ogrnipCheckDigit('99999999999999')).toBe(referenceCheck('99999999999999', 13n));
    expect(ogrnCheckDigit('999999999999')).toBe(referenceCheck('999999999999', 11n));
  });
});

// A single changed body digit always changes the remainder (10^k is invertible mod 11 and mod 13, which
// are prime), but remainders that differ by 10 share a check digit: 0/10 for mod 11 and 0/10, 1/11, 2/12
// for mod 13. So the change properties only assume what is guaranteed: a changed check digit is always
// caught, and a body change is always caught when the check digit comes from a unique remainder
// (ОГРН: 1..9; ОГРНИП: 3..9).
describe('ОГРН — properties', () => {
  it('generator agrees with BigInt arithmetic, and valid numbers pass', () => {
    fc.assert(fc.property(body(12), (b) => ogrnCheckDigit(b) === referenceCheck(b, 11n)));
    fc.assert(fc.property(body(12), (b) => isValidOgrn(b + referenceCheck(b, 11n))));
  });

  it('rejects any changed digit when the check digit is not 0', () => {
    fc.assert(
      fc.property(body(12), fc.nat(12), fc.integer({ min: 1, max: 9 }), (b, pos, delta) => {
        const check = referenceCheck(b, 11n);
        fc.pre(pos === 12 || check !== '0');
        return !isValidOgrn(changeDigit(b + check, pos, delta));
      }),
    );
  });
});

describe('ОГРНИП — properties', () => {
  it('generator agrees with BigInt arithmetic, and valid numbers pass', () => {
    fc.assert(fc.property(body(14), (b) => ogrnipCheckDigit(b) === referenceCheck(b, 13n)));
    fc.assert(fc.property(body(14), (b) => isValidOgrnip(b + referenceCheck(b, 13n))));
  });

  it('rejects any changed digit when the check digit is 3..9', () => {
    fc.assert(
      fc.property(body(14), fc.nat(14), fc.integer({ min: 1, max: 9 }), (b, pos, delta) => {
        const check = referenceCheck(b, 13n);
        fc.pre(pos === 14 || Number(check) >= 3);
        return !isValidOgrnip(changeDigit(b + check, pos, delta));
      }),
    );
  });
});
