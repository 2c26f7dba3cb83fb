/**
 * Which of a day's `count` slots (in time order) are reserved for privileged patients (docs/domain.md rule 9):
 * `round(count × percent / 100)` of them, spread evenly over the day — the middle of each equal share — so the
 * quota covers mornings and evenings alike. Deterministic: the same day gives the same slots every time.
 */
export function priorityIndexes(count: number, percent: number): Set<number> {
  const reserved = Math.min(count, Math.round((count * percent) / 100));
  const indexes = new Set<number>();
  for (let k = 0; k < reserved; k++) indexes.add(Math.floor(((k + 0.5) * count) / reserved));
  return indexes;
}
