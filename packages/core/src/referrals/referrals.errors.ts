/** Error codes of referrals (направления), mapped to HTTP and Russian text by the API. */
export const ReferralErrorCode = {
  /** Only a practitioner's account may issue referrals. */
  PRACTITIONER_REQUIRED: 'PRACTITIONER_REQUIRED',
  /** The specialty code is not one of the reference list. */
  REFERRAL_SPECIALTY_UNKNOWN: 'REFERRAL_SPECIALTY_UNKNOWN',
  /** The diagnosis is not an ICD-10 code such as `J06.9`. */
  REFERRAL_DIAGNOSIS_INVALID: 'REFERRAL_DIAGNOSIS_INVALID',
  /** Staff listing referrals must name the patient (`patientId`). */
  REFERRAL_PATIENT_REQUIRED: 'REFERRAL_PATIENT_REQUIRED',
  /** The validity date is in the past or more than a year ahead. */
  REFERRAL_VALIDITY_INVALID: 'REFERRAL_VALIDITY_INVALID',
} as const;
export type ReferralErrorCode = (typeof ReferralErrorCode)[keyof typeof ReferralErrorCode];
