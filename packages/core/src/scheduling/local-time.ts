const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Minutes since local midnight of an `HH:MM` time; null when malformed. `24:00` is the end of the day. */
export function minutesOf(time: string): number | null {
  if (time === '24:00') return 24 * 60;
  const match = HH_MM.exec(time);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Half-open intervals [a1, a2) and [b1, b2) share a moment. */
export const overlaps = (a1: number, a2: number, b1: number, b2: number): boolean => a1 < b2 && b1 < a2;
