import {
  describeIdentifierError,
  type IdentifierKind,
  isValidEmail,
  parseBirthDate,
  parseOms,
  parsePassport,
  parsePhone,
  type Result,
} from '@talon/core/identifiers';
import { DATA_CHANGE_CATEGORIES } from '@talon/vocabulary';
import type { TDataChangeCategory } from './data-changes.api';

export const CATEGORIES: readonly TDataChangeCategory[] = DATA_CHANGE_CATEGORIES;

export interface DataChangeValues {
  category: TDataChangeCategory | '';
  newValue: string;
  reason: string;
}

export const EMPTY_DATA_CHANGE: DataChangeValues = { category: '', newValue: '', reason: '' };

export const SCAN_ACCEPT = 'application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png';
export const MAX_SCAN_BYTES = 5 * 1024 * 1024;
export const MAX_SCANS = 5;

/** The input each category is typed into (the keyboard a phone shows). */
export const INPUT_OF: Readonly<
  Record<
    TDataChangeCategory,
    { type: 'text' | 'tel' | 'email'; inputMode?: 'numeric' | 'tel' | 'email'; autoComplete: string }
  >
> = {
  full_name: { type: 'text', autoComplete: 'name' },
  birth_date: { type: 'text', inputMode: 'numeric', autoComplete: 'bday' },
  address: { type: 'text', autoComplete: 'street-address' },
  phone: { type: 'tel', inputMode: 'tel', autoComplete: 'tel' },
  email: { type: 'email', inputMode: 'email', autoComplete: 'email' },
  oms_policy: { type: 'text', inputMode: 'numeric', autoComplete: 'off' },
  identity_document: { type: 'text', inputMode: 'numeric', autoComplete: 'off' },
  other: { type: 'text', autoComplete: 'off' },
};

const message = <T>(result: Result<T>, kind: IdentifierKind) =>
  result.ok ? null : describeIdentifierError(kind, result.error);

/**
 * The new value checked as the server checks it (`@talon/core/identifiers`), so a typo is shown before
 * sending; null when it is fine. Address and free text only need to be there.
 */
export function checkNewValue(
  category: TDataChangeCategory | '',
  value: string,
  today: Date,
  t: (
    key: 'dataChange.validation.email' | 'dataChange.validation.fullName' | 'dataChange.validation.required',
  ) => string,
): string | null {
  switch (category) {
    case 'birth_date':
      return message(parseBirthDate(value, today, 'Europe/Moscow'), 'birthDate');
    case 'phone':
      return message(parsePhone(value), 'phone');
    case 'email':
      return isValidEmail(value.trim()) ? null : t('dataChange.validation.email');
    case 'oms_policy':
      return message(parseOms(value), 'oms');
    case 'identity_document':
      return message(parsePassport(value), 'passport');
    case 'full_name':
      return value.trim().split(/\s+/).length >= 2 ? null : t('dataChange.validation.fullName');
    default:
      return value.trim().length >= 3 ? null : t('dataChange.validation.required');
  }
}
