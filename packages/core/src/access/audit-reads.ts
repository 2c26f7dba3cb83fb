import type { AuditAction } from '../audit';
import type { Principal, RequestOrigin } from '../identity';
import { type AccessDeps, auditAllowed } from './authorize-patient';
import type { AccessBasis } from './patient-access';

/**
 * Audits a read of other people's data in one go (docs/domain.md rule 17: every read by someone other than the
 * patient): one entry per person, so each finds it in their own trail — e.g. a representative's list of
 * their wards, or of their wards' visits and referrals. Nothing is written for an empty list.
 */
export async function auditReadsOf(
  deps: AccessDeps,
  principal: Principal,
  input: {
    /** Whose data, on which basis, and the record read (the person's id when absent). */
    reads: readonly { patientId: string; basis: AccessBasis; recordId?: string }[];
    action: AuditAction;
    recordType: string;
    origin: RequestOrigin;
  },
): Promise<void> {
  if (!input.reads.length) return;
  const at = deps.clock.now();
  await deps.access.transaction(async (repos) => {
    for (const read of input.reads) {
      await auditAllowed(repos, principal, {
        action: input.action,
        patientId: read.patientId,
        basis: read.basis,
        origin: input.origin,
        at,
        recordType: input.recordType,
        recordId: read.recordId ?? read.patientId,
      });
    }
  });
}
