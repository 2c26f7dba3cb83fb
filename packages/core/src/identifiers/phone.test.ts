import { describe, expect, it } from 'vitest';
import { formatPhone, isValidPhone, parsePhone } from './phone';

describe('parsePhone', () => {
  it.each([
    '8 (912) 345-67-89',
    '+7 912 345 67 89',
    '9123456789',
    '7 912 345-67-89',
    '+7(912)345-67-89',
    '89123456789',
    '+79123456789',
  ])('accepts %s as +79123456789', (input) => {
    expect(parsePhone(input)).toEqual({ ok: true, value: '+79123456789' });
  });

  it('accepts landline and toll-free numbers', () => {
    expect(parsePhone('8 (495) 123-45-67')).toEqual({ ok: true, value: '+74951234567' });
    expect(parsePhone('8 800 555-35-35')).toEqual({ ok: true, value: '+78005553535' });
    expect(parsePhone('8 (3852) 12-34-56')).toEqual({ ok: true, value: '+73852123456' });
  });

  it.each([
    ['', 'EMPTY'],
    ['+1 212 555 01 23', 'COUNTRY'],
    ['+380 44 123 45 67', 'COUNTRY'],
    ['+8 912 345 67 89', 'COUNTRY'],
    ['+7 701 234 56 78', 'COUNTRY'], // Kazakhstan shares +7
    ['+7 912 345 67 8', 'LENGTH'],
    ['8 912 345 67 890', 'LENGTH'],
    ['912 345 67', 'LENGTH'],
    ['+7 912 345 67 89 0', 'LENGTH'],
    ['6 912 345 67 89', 'LENGTH'],
    ['+7 112 345 67 89', 'RANGE'],
    ['+7 912 ABC 67 89', 'FORMAT'],
    ['7+9123456789', 'FORMAT'],
  ])('rejects %j with %s', (input, error) => {
    expect(parsePhone(input)).toEqual({ ok: false, error });
  });

  it('formats the display form and leaves unparseable input unchanged', () => {
    expect(formatPhone('+79123456789')).toBe('+7 912 345-67-89');
    expect(formatPhone('8 (912) 3456789')).toBe('+7 912 345-67-89');
    expect(formatPhone('12345')).toBe('12345');
    expect(isValidPhone('+7 912 345-67-89')).toBe(true);
  });
});
