/** The product brief: slots are opened 14 days ahead by default, never more than 30. */
export const DEFAULT_HORIZON_DAYS = 14;
export const MAX_HORIZON_DAYS = 30;

const DAY = 24 * 60 * 60_000;

/**
 * The window slots are generated for: from now to one day past the clinic's booking horizon
 * (`booking_horizon_days`, clamped to 1–30). Booking and search allow slots to the end of the clinic-local
 * day `horizon` days ahead, which ends within `horizon + 1` days of now; generating that far means every
 * bookable time has its slots between two daily runs, whatever the clinic's zone. Slots past the horizon
 * stay hidden until their day comes within it. Past slots are never regenerated.
 */
export function generationWindow(
  now: Date,
  horizonDays: number | null | undefined,
): { from: Date; to: Date } {
  const days = Math.min(MAX_HORIZON_DAYS, Math.max(1, Math.floor(horizonDays ?? DEFAULT_HORIZON_DAYS)));
  return { from: now, to: new Date(now.getTime() + (days + 1) * DAY) };
}
