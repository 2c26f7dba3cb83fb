import type { QualificationType } from './qualifications.types';

/**
 * Number formats per document type, normalised (spaces collapsed, upper case) or null when invalid.
 * - diploma (диплом о высшем/среднем профессиональном образовании, 2014+ form): серия of 6 digits and номер
 *   of 7 digits, `107718 0123456`;
 * - accreditation (выписка о прохождении аккредитации, or the older свидетельство): the unique number of its
 *   record in ФРМР (Федеральный регистр медицинских работников) — digits, 6 to 20 of them, stored without
 *   separators;
 * - qualification_category: the number of the order (приказ) granting it, `123`, `123-к`, `45/к`;
 * - training_certificate (удостоверение о повышении квалификации): its регистрационный номер, letters
 *   (Cyrillic or Latin) and digits with `-`, `/` or `.`, up to 30 characters, `ПК-2024/0157`.
 * The forms differ between issuers, so only what every issuer shares is checked.
 */
export function normalizeQualificationNumber(type: QualificationType, raw: string): string | null {
  const text = raw.trim().replace(/^№\s*/u, '').replace(/\s+/gu, ' ').toUpperCase();
  switch (type) {
    case 'diploma': {
      const digits = text.replace(/[\s-]/gu, '');
      return /^\d{13}$/u.test(digits) ? `${digits.slice(0, 6)} ${digits.slice(6)}` : null;
    }
    case 'accreditation': {
      const digits = text.replace(/[\s-]/gu, '');
      return /^\d{6,20}$/u.test(digits) ? digits : null;
    }
    case 'qualification_category':
      return /^\d{1,6}(?:[-/][0-9А-ЯЁA-Z]{1,6})?$/u.test(text) ? text : null;
    case 'training_certificate':
      return /^[0-9А-ЯЁA-Z](?:[0-9А-ЯЁA-Z./-]{0,28}[0-9А-ЯЁA-Z])?$/u.test(text) ? text : null;
  }
}

/** Diplomas and training certificates may have no end; an accreditation and a category always expire. */
export const validityRequired = (type: QualificationType): boolean =>
  type === 'accreditation' || type === 'qualification_category';
