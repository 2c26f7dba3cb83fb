import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { innCheckDigits, isValidInn, parseIndividualInn, parseInn, parseOrganizationInn } from './inn';

/** `Σ dᵢ·wᵢ mod 11 mod 10`, written out independently of the implementation. */
const control = (digits: string, weights: number[]): number =>
  (weights.reduce((sum, w, i) => sum + w * Number(digits.charAt(i)), 0) % 11) % 10;

function referenceOrganization(prefix9: string): string {
  return prefix9 + control(prefix9, [2, 4, 10, 3, 5, 9, 4, 6, 8]);
}

function referenceIndividual(prefix10: string): string {
  const with11 = prefix10 + control(prefix10, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]);
  return with11 + control(with11, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]);
}

const prefix = (n: number) =>
  fc
    .array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n })
    .map((d) => d.join(''))
    .filter((p) => !p.startsWith('00'));

const changeDigit = (value: string, pos: number, delta: number): string => {
  const d = Array.from(value, Number);
  d[pos] = ((d[pos] ?? 0) + delta) % 10;
  return d.join('');
};

describe('parseInn — reference vectors', () => {
  it.each(['771234567859', '500100732259', '526317984689', '770000051802', '770000250100', '7707083893'])(
    'accepts %s',
    (input) => {
      expect(parseInn(input)).toEqual({ ok: true, value: input });
    },
  );

  it.each([
    ['500100732258', 'CHECKSUM'],
    ['500100732269', 'CHECKSUM'],
    ['771234567890', 'CHECKSUM'],
    ['12345678901', 'LENGTH'],
    ['50010073225a', 'FORMAT'],
  ])('rejects %s with %s', (input, error) => {
    expect(parseInn(input)).toEqual({ ok: false, error });
  });

  it('rejects region code 00, although all zeros pass the arithmetic', () => {
    expect(parseInn('000000000000')).toEqual({ ok: false, error: 'RANGE' });
    expect(parseInn('0000000000')).toEqual({ ok: false, error: 'RANGE' });
  });
});

describe('parseInn — other rules', () => {
  it('ignores whitespace but not hyphens', () => {
    expect(parseInn(' 7707 083 893 ')).toEqual({ ok: true, value: '7707083893' });
    expect(parseInn('7707-083893')).toEqual({ ok: false, error: 'FORMAT' });
    expect(parseInn('')).toEqual({ ok: false, error: 'EMPTY' });
  });

  it('offers parsers restricted to one kind', () => {
    expect(parseIndividualInn('771234567859').ok).toBe(true);
    expect(parseIndividualInn('7707083893')).toEqual({ ok: false, error: 'LENGTH' });
    expect(parseOrganizationInn('7707083893').ok).toBe(true);
    expect(parseOrganizationInn('771234567859')).toEqual({ ok: false, error: 'LENGTH' });
  });

  it('innCheckDigits rejects prefixes of other lengths', () => {
    expect(() => innCheckDigits('12345678')).toThrow(RangeError);
  });
});

// Single-digit changes and mod 11 mod 10: every weight is non-zero mod 11 and 11 is prime, so changing
// one digit of the body always changes the remainder mod 11. But remainders 0 and 10 both give check
// digit 0, so a change from one to the other goes unnoticed. Hence the properties below only claim what
// is guaranteed: a changed check digit is always caught, and a body change is always caught when a check
// digit that covers it is non-zero (its remainder is then 1..9, which no other remainder maps to).
describe('ИНН — properties', () => {
  it('documents the blind spot: a body change between remainders 0 and 10 keeps check digit 0', () => {
    expect(isValidInn('1000000010')).toBe(true);
    expect(isValidInn('1004000010')).toBe(true); // one digit changed, still valid
  });

  it('the exported generator agrees with the independent one', () => {
    fc.assert(fc.property(prefix(9), (p) => p + innCheckDigits(p) === referenceOrganization(p)));
    fc.assert(fc.property(prefix(10), (p) => p + innCheckDigits(p) === referenceIndividual(p)));
  });

  it('accepts every number with correct check digits', () => {
    fc.assert(fc.property(prefix(9), (p) => isValidInn(referenceOrganization(p))));
    fc.assert(fc.property(prefix(10), (p) => isValidInn(referenceIndividual(p))));
  });

  it('organisation (10 digits): rejects any changed digit when the check digit is not 0', () => {
    fc.assert(
      fc.property(prefix(9), fc.nat(9), fc.integer({ min: 1, max: 9 }), (p, pos, delta) => {
        const inn = referenceOrganization(p);
        fc.pre(pos === 9 || !inn.endsWith('0'));
        return !isValidInn(changeDigit(inn, pos, delta));
      }),
    );
  });

  it('individual (12 digits): rejects any changed digit when either check digit is not 0', () => {
    // A change in digits 1–10 is covered by both checks; digit 11 only by the first (it no longer
    // matches) and digit 12 only by itself, so those two are always caught.
    fc.assert(
      fc.property(prefix(10), fc.nat(11), fc.integer({ min: 1, max: 9 }), (p, pos, delta) => {
        const inn = referenceIndividual(p);
        fc.pre(pos >= 10 || !inn.endsWith('00'));
        return !isValidInn(changeDigit(inn, pos, delta));
      }),
    );
  });
});
