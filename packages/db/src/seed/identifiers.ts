import { omsCheckDigit, snilsCheckDigits } from '@talon/core/identifiers';
import { createPermutation } from './permutation';
import type { Random } from './random';

/** Numbers up to 001-001-998 were issued before check digits existed; generate only checked ones. */
const SNILS_FIRST = 1_001_999;
const SNILS_LAST = 999_999_999;
/** ЕНП: 15 digits (no leading zero) and a Luhn check digit. */
const OMS_FIRST = 100_000_000_000_000;
const OMS_LAST = 999_999_999_999_999;
/** Mobile numbers +7 9nn nnn-nn-nn: nine free digits. */
const MOBILE_COUNT = 1_000_000_000;

/**
 * Unique identifiers for the n-th generated person. Each kind is a keyed permutation of its number space, so
 * person n always gets the same values for a seed and two people never share one.
 */
export interface IdentifierSource {
  /** 11 digits, valid check digits. */
  snils(index: number): string;
  /** ЕНП, 16 digits, valid check digit. */
  oms(index: number): string;
  /** E.164: `+79` and nine digits. */
  mobilePhone(index: number): string;
}

export function createIdentifierSource(random: Random): IdentifierSource {
  const snilsAt = createPermutation(random.fork('snils'), SNILS_LAST - SNILS_FIRST + 1);
  const omsAt = createPermutation(random.fork('oms'), OMS_LAST - OMS_FIRST + 1);
  const phoneAt = createPermutation(random.fork('phone'), MOBILE_COUNT);
  return {
    snils(index) {
      const number9 = String(SNILS_FIRST + snilsAt(index)).padStart(9, '0');
      return number9 + snilsCheckDigits(number9);
    },
    oms(index) {
      const first15 = String(OMS_FIRST + omsAt(index));
      return first15 + omsCheckDigit(first15);
    },
    mobilePhone: (index) => `+79${String(phoneAt(index)).padStart(9, '0')}`,
  };
}
