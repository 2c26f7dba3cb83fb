/** Error codes of practitioners' qualifications, mapped to HTTP by the API. */
export const QualificationsErrorCode = {
  /** The number does not fit its document type's format (qualification-number.ts). */
  QUALIFICATION_NUMBER_INVALID: 'QUALIFICATION_NUMBER_INVALID',
  /** The validity is impossible: the end not after the issue, or missing where the type expires. */
  QUALIFICATION_PERIOD_INVALID: 'QUALIFICATION_PERIOD_INVALID',
  /** Another document of the same type and specialty covers part of the period. */
  QUALIFICATION_PERIOD_OVERLAP: 'QUALIFICATION_PERIOD_OVERLAP',
  /** The status may not move that way (back, or skipping a step). */
  QUALIFICATION_STATUS_CONFLICT: 'QUALIFICATION_STATUS_CONFLICT',
  /** No such document of the caller's (another practitioner's is not found either). */
  QUALIFICATION_NOT_FOUND: 'QUALIFICATION_NOT_FOUND',
  /** The specialty code is not in the reference list. */
  QUALIFICATION_SPECIALTY_UNKNOWN: 'QUALIFICATION_SPECIALTY_UNKNOWN',
  /** The scan is not the caller's own unattached upload. */
  QUALIFICATION_SCAN_INVALID: 'QUALIFICATION_SCAN_INVALID',
} as const;
export type QualificationsErrorCode = (typeof QualificationsErrorCode)[keyof typeof QualificationsErrorCode];
