import { describe, expect, it } from 'vitest';
import { isValidIcd10, normalizeIcd10, parseIcd10 } from './icd10';

describe('parseIcd10', () => {
  it.each([
    ['J06.9', 'J06.9'],
    ['I10', 'I10'],
    ['E11.65', 'E11.65'],
    [' j06.9 ', 'J06.9'],
    ['J069', 'J06.9'],
    ['J06,9', 'J06.9'],
    ['Е11.65', 'E11.65'], // Cyrillic Е
    ['к35.8', 'K35.8'], // Cyrillic к
    ['М54.5', 'M54.5'], // Cyrillic М
  ])('accepts %j as %s', (input, value) => {
    expect(parseIcd10(input)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'EMPTY'],
    ['   ', 'EMPTY'],
    ['J6.9', 'FORMAT'],
    ['J06.', 'FORMAT'],
    ['J06.123', 'FORMAT'],
    ['06.9', 'FORMAT'],
    ['JJ6.9', 'FORMAT'],
    ['Ж06.9', 'FORMAT'], // no Latin look-alike
  ])('rejects %j with %s', (input, error) => {
    expect(parseIcd10(input)).toEqual({ ok: false, error });
  });

  it('maps every Cyrillic look-alike letter, both cases, to Latin', () => {
    expect(normalizeIcd10('АВЕКМНОРСТХ')).toBe('ABEKMHOPCTX');
    expect(normalizeIcd10('авекмнорстх')).toBe('ABEKMHOPCTX');
    expect(isValidIcd10('Х00.1')).toBe(true);
  });
});
