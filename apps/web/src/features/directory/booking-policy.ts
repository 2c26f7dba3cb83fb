import type { TOrganization } from './directory.api';

export type TBookingPolicy = TOrganization['bookingPolicy'];
export type DurationUnit = 'day' | 'hour' | 'minute';
export interface Duration {
  unit: DurationUnit;
  count: number;
}

const MINUTES_PER_HOUR = 60;
const MINUTES_PER_DAY = 24 * MINUTES_PER_HOUR;

/** The largest whole unit for a duration: 2880 min → 2 days, 120 → 2 hours, 90 → 90 minutes. */
export function splitDuration(minutes: number): Duration {
  if (minutes > 0 && minutes % MINUTES_PER_DAY === 0)
    return { unit: 'day', count: minutes / MINUTES_PER_DAY };
  if (minutes > 0 && minutes % MINUTES_PER_HOUR === 0)
    return { unit: 'hour', count: minutes / MINUTES_PER_HOUR };
  return { unit: 'minute', count: minutes };
}

export type PolicyRule =
  | { message: 'horizon'; period: Duration }
  | { message: 'minNotice'; period: Duration }
  | { message: 'minNoticeNone' }
  | { message: 'cancellation'; period: Duration }
  | { message: 'cancellationAny' };

/**
 * A clinic's booking policy as plain rules for patients: how far ahead, how late, and until when a
 * cancellation needs no reason (docs/domain.md rules 4 and 6). Cancellation windows are stated in hours, as
 * people count them («за 24 часа»), unless they are not whole hours.
 */
export function describeBookingPolicy(policy: TBookingPolicy): PolicyRule[] {
  const rules: PolicyRule[] = [{ message: 'horizon', period: { unit: 'day', count: policy.horizonDays } }];
  rules.push(
    policy.minNoticeMinutes > 0
      ? { message: 'minNotice', period: splitDuration(policy.minNoticeMinutes) }
      : { message: 'minNoticeNone' },
  );
  rules.push(
    policy.cancellationWindowHours > 0
      ? { message: 'cancellation', period: { unit: 'hour', count: policy.cancellationWindowHours } }
      : { message: 'cancellationAny' },
  );
  return rules;
}
