import { describe, expect, it } from 'vitest';
import { describeIdentifierError, type IdentifierKind, identifierErrorMessages } from './messages';
import type { IdentifierError } from './result';

const kinds: IdentifierKind[] = [
  'snils',
  'oms',
  'inn',
  'ogrn',
  'ogrnip',
  'passport',
  'phone',
  'icd10',
  'personName',
  'patronymic',
  'date',
  'birthDate',
];
const codes = Object.keys(identifierErrorMessages) as IdentifierError[];

describe('identifier error messages', () => {
  it('has a Russian message for every code', () => {
    expect(codes).toHaveLength(9);
    expect(identifierErrorMessages.CHECKSUM).toBe('Контрольная сумма не сходится — проверьте номер');
    for (const code of codes) expect(identifierErrorMessages[code]).toMatch(/[а-яё]/i);
  });

  it('describes every kind and code with a non-empty sentence', () => {
    for (const kind of kinds) {
      for (const code of codes) expect(describeIdentifierError(kind, code)).toMatch(/[а-яё].*\.$/i);
    }
  });

  it('prefers the field-specific wording', () => {
    expect(describeIdentifierError('snils', 'LENGTH')).toBe(
      'В СНИЛС должно быть 11 цифр, например 112-233-445 95.',
    );
    expect(describeIdentifierError('passport', 'CHECKSUM')).toBe(
      'Контрольная сумма не сходится — проверьте номер.',
    );
  });
});
