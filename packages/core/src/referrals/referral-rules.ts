import { parseIcd10 } from '../identifiers';
import { addDays, DomainError, localDate } from '../shared';
import { ReferralErrorCode } from './referrals.errors';
import type { ReferralRecord } from './referrals.types';

/** A referral issued without a date stays valid this many days (the clinic's local calendar). */
export const DEFAULT_REFERRAL_DAYS = 30;
/** The longest validity a practitioner may give: a year from today. */
export const MAX_REFERRAL_DAYS = 365;

/**
 * The last valid day of a new referral, in the issuing clinic's zone: the given date when it lies between
 * today and a year ahead, today + 30 days when none is given.
 */
export function referralValidUntil(requested: string | undefined, now: Date, timeZone: string): string {
  const today = localDate(now, timeZone);
  if (requested === undefined) return addDays(today, DEFAULT_REFERRAL_DAYS);
  const last = addDays(today, MAX_REFERRAL_DAYS);
  if (requested < today || requested > last) {
    throw new DomainError(ReferralErrorCode.REFERRAL_VALIDITY_INVALID, {
      field: 'body.validUntil',
      params: { today, last },
    });
  }
  return requested;
}

/** The diagnosis as canonical ICD-10 (`j069` → `J06.9`), null when none is given. */
export function referralDiagnosis(input: string | undefined | null): string | null {
  if (input === undefined || input === null || input.trim() === '') return null;
  const parsed = parseIcd10(input);
  if (!parsed.ok) {
    throw new DomainError(ReferralErrorCode.REFERRAL_DIAGNOSIS_INVALID, { field: 'body.diagnosisCode' });
  }
  return parsed.value;
}

/**
 * Can the referral still be used to book (docs/domain.md rule 5)? Not cancelled, not used by an appointment, and
 * its last day not yet past in the issuing clinic's zone. Booking checks the same against the slot's clinic.
 */
export function isReferralUsableNow(referral: ReferralRecord, now: Date): boolean {
  return (
    referral.cancelledAt === null &&
    referral.usedByAppointmentId === null &&
    referral.validUntil >= localDate(now, referral.timeZone)
  );
}
