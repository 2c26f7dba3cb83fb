import { auditAllowed, auditReadsOf } from '../access';
import type { Principal, RequestOrigin } from '../identity';
import { DomainError } from '../shared';
import { authorizeAuthor } from './author-access';
import { RecordsErrorCode } from './records.errors';
import type { RecordsDeps, ReviewPage } from './records.ports';
import type { ResultToReview } from './records.types';

/**
 * «Результаты к просмотру» (issue 12 item 1): one page of the results of the caller's own orders that they
 * have not reviewed — critical first, then out of range, then the rest, the longest waiting first within
 * each (the order and the count are the database's) — and how many there are in all. An account without a
 * practitioner has none. Each patient shown gets a `record.read` entry.
 */
export async function listResultsToReview(
  deps: RecordsDeps,
  principal: Principal,
  input: ReviewPage & { origin: RequestOrigin },
): Promise<{ items: ResultToReview[]; total: number }> {
  const practitionerId = principal.practitionerId;
  if (!practitionerId) return { items: [], total: 0 };
  const page = await deps.store.read((repos) =>
    repos.resultsReview.toReview(practitionerId, { limit: input.limit, offset: input.offset }),
  );
  await auditReadsOf(deps.access, principal, {
    reads: page.items.map((r) => ({ patientId: r.patient.id, basis: 'care', recordId: r.reportId })),
    action: 'record.read',
    recordType: 'results_to_review',
    origin: input.origin,
  });
  return page;
}

/**
 * «Просмотрено»: the ordering practitioner marks a result of their order reviewed (once; again is a no-op).
 * Any other report is "not found".
 */
export async function reviewResult(
  deps: RecordsDeps,
  principal: Principal,
  input: { reportId: string; origin: RequestOrigin },
): Promise<{ reportId: string; reviewedAt: Date }> {
  const report = await deps.store.read((repos) => repos.labResults.findReport(input.reportId));
  if (!report || !principal.practitionerId || report.orderedBy?.id !== principal.practitionerId) {
    throw new DomainError(RecordsErrorCode.LAB_REPORT_NOT_FOUND);
  }
  // A practitioner who no longer has the patient in care (left the clinic) reviews nothing of theirs.
  const { basis } = await authorizeAuthor(deps, principal, report.patientId, input.origin);
  const now = deps.clock.now();
  await deps.store.transaction(async (repos) => {
    if (!(await repos.resultsReview.markReviewed(report.id, principal.accountId, now))) return;
    await auditAllowed(repos, principal, {
      action: 'record.update',
      patientId: report.patientId,
      basis,
      origin: input.origin,
      at: now,
      recordType: 'diagnostic_report',
      recordId: report.id,
      details: { reviewed: true },
    });
  });
  const after = await deps.store.read((repos) => repos.labResults.findReport(report.id));
  return { reportId: report.id, reviewedAt: after?.reviewedAt ?? now };
}
