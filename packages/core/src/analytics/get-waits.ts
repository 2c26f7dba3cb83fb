import type { Principal } from '../identity';
import type { AnalyticsDeps } from './analytics.ports';
import type { SpecialtyWait } from './analytics.types';
import { analyticsScope } from './analytics-scope';
import { toSpecialtyWait } from './wait-norms';

export interface GetWaitsInput {
  organization?: string;
  specialty?: string;
  /** One page of the sorted answer (an all-clinic answer is thousands of rows); default all. */
  limit?: number;
  offset?: number;
}

const RUSSIAN = new Intl.Collator('ru');

/**
 * «Анализ времени ожидания» (seed 000, DESIGN §4a): per clinic and specialty, the days to the third next
 * free slot against the legal norm, violations first.
 */
export async function getWaits(
  deps: AnalyticsDeps,
  principal: Principal,
  input: GetWaitsInput,
): Promise<{ generatedAt: Date; items: SpecialtyWait[]; total: number }> {
  const organizationIds = await analyticsScope(deps, principal, input.organization);
  const now = deps.clock.now();
  const facts = await deps.analytics.thirdNextFreeSlots({
    now,
    organizationIds,
    specialtyCode: input.specialty,
  });
  const rank = { violated: 0, met: 1, not_applicable: 2 } as const;
  const items = facts
    .map((fact) => toSpecialtyWait(fact, now))
    .sort(
      (a, b) =>
        rank[a.status] - rank[b.status] ||
        RUSSIAN.compare(a.organizationName, b.organizationName) ||
        RUSSIAN.compare(a.specialtyName, b.specialtyName),
    );
  const offset = input.offset ?? 0;
  return {
    generatedAt: now,
    items: items.slice(offset, input.limit === undefined ? undefined : offset + input.limit),
    total: items.length,
  };
}
