import { describe, expect, it } from 'vitest';
import { normalizeQualificationNumber as normalize, validityRequired } from './qualification-number';

describe('qualification numbers per type', () => {
  it('a diploma is a 6-digit series and a 7-digit number', () => {
    expect(normalize('diploma', '107718 0123456')).toBe('107718 0123456');
    expect(normalize('diploma', '1077180123456')).toBe('107718 0123456');
    expect(normalize('diploma', '№ 107718-0123456')).toBe('107718 0123456');
    expect(normalize('diploma', '10771 0123456')).toBeNull();
    expect(normalize('diploma', '107718 012345')).toBeNull();
    expect(normalize('diploma', 'АБ 0123456')).toBeNull();
  });

  it('an accreditation is its FRMR record number: 6 to 20 digits, separators dropped', () => {
    expect(normalize('accreditation', '7724 0312 3456')).toBe('772403123456');
    expect(normalize('accreditation', '123456')).toBe('123456');
    expect(normalize('accreditation', '12345')).toBeNull();
    expect(normalize('accreditation', '1'.repeat(21))).toBeNull();
    expect(normalize('accreditation', '7724-ABC')).toBeNull();
  });

  it('a category is the number of its order', () => {
    expect(normalize('qualification_category', '123')).toBe('123');
    expect(normalize('qualification_category', '№ 45-к')).toBe('45-К');
    expect(normalize('qualification_category', '45/лс')).toBe('45/ЛС');
    expect(normalize('qualification_category', 'к-45')).toBeNull();
    expect(normalize('qualification_category', '')).toBeNull();
  });

  it('a training certificate is its registration number', () => {
    expect(normalize('training_certificate', 'пк-2024/0157')).toBe('ПК-2024/0157');
    expect(normalize('training_certificate', '772412345678')).toBe('772412345678');
    expect(normalize('training_certificate', '-12')).toBeNull();
    expect(normalize('training_certificate', 'A'.repeat(31))).toBeNull();
    expect(normalize('training_certificate', 'ПК 2024')).toBeNull();
  });

  it('an accreditation and a category always expire; a diploma need not', () => {
    expect(validityRequired('accreditation')).toBe(true);
    expect(validityRequired('qualification_category')).toBe(true);
    expect(validityRequired('diploma')).toBe(false);
    expect(validityRequired('training_certificate')).toBe(false);
  });
});
