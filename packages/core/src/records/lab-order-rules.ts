import type { Interpretation, LabOrderStatus } from '@talon/vocabulary/records';

/**
 * A laboratory order's moves (FHIR ServiceRequest): active → completed (its results stored) or revoked (the
 * practitioner withdraws it). Nothing leaves completed or revoked. The repository's UPDATE carries
 * `where status = 'active'`, so a result and a revocation arriving together cannot both win.
 */
const MOVES: Readonly<Record<LabOrderStatus, readonly LabOrderStatus[]>> = {
  active: ['completed', 'revoked'],
  completed: [],
  revoked: [],
};

export const canMoveLabOrder = (from: LabOrderStatus, to: LabOrderStatus): boolean =>
  MOVES[from].includes(to);

/**
 * How urgent a result is to look at: critical, then out of range, then the rest (a report without a flag, a
 * text result, counts as the rest: `REVIEW_SEVERITY_NONE`). «Результаты к просмотру» is ordered by it in
 * SQL, then the longest waiting (the oldest issued) first, so nothing is pushed down for ever.
 */
export const REVIEW_SEVERITY: Readonly<Record<Interpretation, number>> = { LL: 0, HH: 0, L: 1, H: 1, N: 2 };
export const REVIEW_SEVERITY_NONE = 2;

/** The worst interpretation of a report's results (critical over out of range over normal). */
export function worstInterpretation(
  interpretations: readonly (Interpretation | null)[],
): Interpretation | null {
  let worst: Interpretation | null = null;
  for (const flag of interpretations) {
    if (flag && (worst === null || REVIEW_SEVERITY[flag] < REVIEW_SEVERITY[worst])) worst = flag;
  }
  return worst;
}
