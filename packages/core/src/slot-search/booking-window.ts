import { addDays, localDate, startOfLocalDay } from '../shared';

/** A clinic's booking policy as far as search is concerned (docs/domain.md rule 4). */
export interface BookingWindowPolicy {
  /** Days ahead that can be booked: 14 by default, at most 30 (product brief). */
  horizonDays: number;
  /** No booking closer than this to the visit. */
  minNoticeMinutes: number;
}

/** The longest horizon a clinic may have (product brief); bounds every search's index range. */
export const MAX_HORIZON_DAYS = 30;

/**
 * When a clinic's slots may be booked, seen at `now`: from `now` plus the minimum notice, until the end of
 * the clinic-local day `horizonDays` after today (today counts as day 0, so a 14-day horizon on Monday
 * ends at midnight after the Monday two weeks on). The end is a local midnight so that a whole day opens
 * at once rather than slot by slot as the clock moves. `latest` is exclusive.
 *
 * The slot repository applies the same rule in SQL (per clinic, inside the query); keep them in step.
 */
export function bookingWindow(
  now: Date,
  policy: BookingWindowPolicy,
  timeZone: string,
): { earliest: Date; latest: Date } {
  const earliest = new Date(now.getTime() + policy.minNoticeMinutes * 60_000);
  const latest = startOfLocalDay(addDays(localDate(now, timeZone), policy.horizonDays + 1), timeZone);
  return { earliest, latest };
}

/** True when a slot starting at `start` may be booked at `now` under the clinic's policy. */
export function isInsideBookingWindow(
  start: Date,
  now: Date,
  policy: BookingWindowPolicy,
  timeZone: string,
): boolean {
  const { earliest, latest } = bookingWindow(now, policy, timeZone);
  return start.getTime() >= earliest.getTime() && start.getTime() < latest.getTime();
}

/**
 * The instants any clinic's window can span at `now`: a search never needs to look outside them, so they
 * bound the index range scan before the per-clinic rule narrows it. (Two extra days cover the local
 * midnight of the easternmost zone, UTC+12.)
 */
export function widestWindow(now: Date): { from: Date; to: Date } {
  return { from: now, to: new Date(now.getTime() + (MAX_HORIZON_DAYS + 2) * 86_400_000) };
}
