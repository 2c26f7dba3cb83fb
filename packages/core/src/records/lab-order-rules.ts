import type { Interpretation, LabOrderStatus } from '@talon/vocabulary/records';
import type { ResultToReview } from './records.types';

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

/** How urgent a result is to look at: critical, then out of range, then the rest. */
const SEVERITY: Readonly<Record<Interpretation, number>> = { LL: 0, HH: 0, L: 1, H: 1, N: 2 };
const severityOf = (worst: Interpretation | null): number => (worst ? SEVERITY[worst] : 2);

/** The worst interpretation of a report's results (critical over out of range over normal). */
export function worstInterpretation(
  interpretations: readonly (Interpretation | null)[],
): Interpretation | null {
  let worst: Interpretation | null = null;
  for (const flag of interpretations) {
    if (flag && (worst === null || SEVERITY[flag] < SEVERITY[worst])) worst = flag;
  }
  return worst;
}

/**
 * The order of «Результаты к просмотру»: critical results first, then those out of range, then the rest;
 * within each, the one waiting longest (the oldest issued) first, so nothing is pushed down for ever.
 */
export function compareResultsToReview(a: ResultToReview, b: ResultToReview): number {
  const bySeverity = severityOf(a.worst) - severityOf(b.worst);
  if (bySeverity !== 0) return bySeverity;
  const at = (r: ResultToReview) => (r.issued ?? r.effective).getTime();
  return at(a) - at(b) || a.reportId.localeCompare(b.reportId);
}
