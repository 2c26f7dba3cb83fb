/**
 * How often a process does the waiting room's work while the room gates (docs/waiting-room.md «Cheap to
 * wait»). Everything here competes with the bookings the room admits, so it is paced, not driven by events.
 */

/** The admitter's pass: admissions are smooth at this period (each pass admits rate × elapsed). */
export const ADMIT_EVERY_MS = 250;

/**
 * The least gap between two ticks, however many NOTIFYs arrive (every join and every admitting pass sends
 * one): without it a pass that admits announces, which starts the next pass at once, back to back forever.
 */
export const MIN_TICK_GAP_MS = 100;

/** Re-reading the whole live queue costs in proportion to its size: a place more costs this many ms more. */
const SNAPSHOT_MS_PER_PLACE = 0.2;
const MAX_SNAPSHOT_EVERY_MS = 2_000;

/**
 * How often the process re-reads the live queue (its snapshot, which answers reads and streams): every
 * admitter pass for a short queue, up to every 2 s for a long one (10 000 places: ~2 s). A place far back
 * loses nothing: its position changes by the rate × the period, well within its estimate.
 */
export function snapshotEveryMs(livePlaces: number): number {
  return Math.min(
    MAX_SNAPSHOT_EVERY_MS,
    Math.max(ADMIT_EVERY_MS, Math.round(ADMIT_EVERY_MS + Math.max(0, livePlaces) * SNAPSHOT_MS_PER_PLACE)),
  );
}

/** A snapshot answers reads for its period and one admitter pass more (the refresh in flight meanwhile). */
export const snapshotFreshMs = (livePlaces: number) => snapshotEveryMs(livePlaces) + ADMIT_EVERY_MS * 4;

/** The delay before the next tick: `soon` (something moved) is still no sooner than the least gap. */
export function nextTickDelayMs(input: { soon: boolean; sinceLastTickMs: number; busy: boolean }): number {
  if (!input.soon) return input.busy ? ADMIT_EVERY_MS : 5_000;
  return Math.max(0, MIN_TICK_GAP_MS - input.sinceLastTickMs);
}
