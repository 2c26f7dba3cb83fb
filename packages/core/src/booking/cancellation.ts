/**
 * Rule 6: cancelling is free until `windowHours` (the clinic's cancellation window, 24 h by default)
 * before the visit; later the patient must say why.
 */
export function isInsideCancellationWindow(startsAt: Date, now: Date, windowHours: number): boolean {
  return startsAt.getTime() - now.getTime() < windowHours * 3_600_000;
}

/** The trimmed reason, or null when blank. */
export function normalizeReason(reason: string | null | undefined): string | null {
  const text = reason?.trim();
  return text ? text : null;
}

/** Rule 7: the new slot must lie within `windowDays` of the original date (either way). */
export function isWithinRescheduleWindow(original: Date, next: Date, windowDays: number): boolean {
  return Math.abs(next.getTime() - original.getTime()) <= windowDays * 86_400_000;
}
