/**
 * Error codes of the scheduling module (weekly templates, exceptions, slot generation). The API maps each to
 * an HTTP status and a Russian explanation in apps/api/src/plugins/problem-details/domain-error-map.ts.
 */
export const SchedulingErrorCode = {
  /** A template breaks a rule (days, times, breaks, slot length, channels, quota, period): see `fieldErrors`. */
  SCHEDULE_INVALID: 'SCHEDULE_INVALID',
  /** The template's hours overlap another template of the same role on a weekday of a common period. */
  SCHEDULE_OVERLAP: 'SCHEDULE_OVERLAP',
  /** Unknown, or of a role outside the admin's organizations: the two are never told apart. */
  SCHEDULE_NOT_FOUND: 'SCHEDULE_NOT_FOUND',
  /** An exception breaks a rule (period, kind): see `fieldErrors`. */
  SCHEDULE_EXCEPTION_INVALID: 'SCHEDULE_EXCEPTION_INVALID',
  SCHEDULE_EXCEPTION_NOT_FOUND: 'SCHEDULE_EXCEPTION_NOT_FOUND',
  /** Unknown, or outside the admin's organizations. */
  PRACTITIONER_ROLE_NOT_FOUND: 'PRACTITIONER_ROLE_NOT_FOUND',
  /** Extra hours need a template to take the slot length and channels from. */
  SCHEDULE_REQUIRED_FOR_EXTRA_HOURS: 'SCHEDULE_REQUIRED_FOR_EXTRA_HOURS',
} as const;

export type SchedulingErrorCode = (typeof SchedulingErrorCode)[keyof typeof SchedulingErrorCode];
