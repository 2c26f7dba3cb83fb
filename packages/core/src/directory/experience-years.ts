/**
 * Full years of practice from `since` (ISO date) to `today`, counted by calendar dates so that a doctor
 * who started on 2010-09-01 has 15 years on 2025-09-01 and still 14 on 2025-08-31.
 */
export function experienceYears(since: string, today: Date): number {
  const [y, m, d] = since.split('-').map(Number) as [number, number, number];
  const ty = today.getUTCFullYear();
  const tm = today.getUTCMonth() + 1;
  const td = today.getUTCDate();
  const years = ty - y - (tm < m || (tm === m && td < d) ? 1 : 0);
  return Math.max(0, years);
}
