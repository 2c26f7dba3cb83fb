import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatSnils, isValidSnils, parseSnils, snilsCheckDigits } from './snils';

/** Check digits exactly as the reference words the rule, independent of the implementation. */
function referenceCheck(number9: string): string {
  const s = Array.from(number9, Number).reduce((sum, d, i) => sum + d * (9 - i), 0);
  let check: number;
  if (s < 100) check = s;
  else if (s === 100 || s === 101) check = 0;
  else check = s % 101 === 100 ? 0 : s % 101;
  return String(check).padStart(2, '0');
}

const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n });
/** Nine digits with a non-zero first digit, so the number is far above 001-001-998 (always checked). */
const checkedNumber = fc
  .tuple(fc.integer({ min: 1, max: 9 }), digits(8))
  .map(([first, rest]) => [first, ...rest].join(''));

describe('parseSnils — reference vectors', () => {
  it.each([
    ['112-233-445 95', '11223344595'], // S = 95
    ['586-595-917 80', '58659591780'], // S = 282, 282 mod 101 = 80
    ['001-326-679 00', '00132667900'], // S = 100
    ['001-508-816 00', '00150881600'], // S = 101
    ['017-996-174 00', '01799617400'], // S = 201, mod 101 = 100 → 00
  ])('accepts %s', (input, value) => {
    expect(parseSnils(input)).toEqual({ ok: true, value });
  });

  it.each([
    ['112-233-445 96', 'CHECKSUM'], // check must be 95
    ['586-595-917 81', 'CHECKSUM'], // check must be 80
    ['001-326-679 01', 'CHECKSUM'], // S = 100 gives 00
    ['001-001-999 00', 'CHECKSUM'], // first number that is checked; S = 65
    ['112-233-445 9', 'LENGTH'], // 10 digits
  ])('rejects %s with %s', (input, error) => {
    expect(parseSnils(input)).toEqual({ ok: false, error });
  });
});

describe('parseSnils — other rules', () => {
  it('accepts input without separators and with extra spaces', () => {
    expect(parseSnils('11223344595')).toEqual({ ok: true, value: '11223344595' });
    expect(parseSnils('  112 233 445 95 ')).toEqual({ ok: true, value: '11223344595' });
  });

  it('does not check numbers at or below 001-001-998', () => {
    expect(isValidSnils('001-001-998 42')).toBe(true);
    expect(isValidSnils('000-000-001 00')).toBe(true);
  });

  it('rejects all zeros, letters, wrong length and empty input', () => {
    expect(parseSnils('000-000-000 00')).toEqual({ ok: false, error: 'RANGE' });
    expect(parseSnils('112-233-445 9a')).toEqual({ ok: false, error: 'FORMAT' });
    expect(parseSnils('112-233-445 950')).toEqual({ ok: false, error: 'LENGTH' });
    expect(parseSnils('   ')).toEqual({ ok: false, error: 'EMPTY' });
  });

  it('formats the display form and leaves malformed input unchanged', () => {
    expect(formatSnils('11223344595')).toBe('112-233-445 95');
    expect(formatSnils('112 233 445 95')).toBe('112-233-445 95');
    expect(formatSnils('1122')).toBe('1122');
  });
});

describe('SNILS — properties', () => {
  it('the exported generator agrees with the reference wording of the rule', () => {
    fc.assert(fc.property(digits(9), (d) => snilsCheckDigits(d.join('')) === referenceCheck(d.join(''))));
  });

  it('accepts every number above 001-001-998 with correct check digits', () => {
    fc.assert(fc.property(checkedNumber, (n) => isValidSnils(n + referenceCheck(n))));
  });

  it('rejects any change of a single digit', () => {
    // Guaranteed when the check is not 00: a change of one payload digit moves S by 1..81 (< 101), so
    // S mod 101 changes; only residues 0 and 100 share the check 00. A changed check digit never matches.
    // Changes that move the number into the unchecked range (≤ 001-001-998) are excluded: that range
    // is deliberately accepted without a check.
    fc.assert(
      fc.property(checkedNumber, fc.nat(10), fc.integer({ min: 1, max: 9 }), (n, pos, delta) => {
        const valid = n + referenceCheck(n);
        fc.pre(pos >= 9 || referenceCheck(n) !== '00');
        const d = Array.from(valid, Number);
        d[pos] = ((d[pos] ?? 0) + delta) % 10;
        const changed = d.join('');
        fc.pre(Number(changed.slice(0, 9)) > 1_001_998);
        return !isValidSnils(changed);
      }),
    );
  });
});
