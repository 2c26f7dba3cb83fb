import type { AuditAction } from '../audit';
import { regenerateRoleSlots } from './regenerate-slots';
import type { SchedulingRepos, SchedulingRole } from './scheduling.ports';
import type { RegenerationResult } from './scheduling.types';
import { adminAudit, recordConflicts, type SchedulingRequester } from './scheduling-requester';

/**
 * What every admin change of a role's schedule ends with, in its transaction: the role's slots regenerated,
 * the change audited with what the regeneration did, and each conflict recorded for the clinic admin.
 */
export async function regenerateAfterChange(
  repos: SchedulingRepos,
  requester: SchedulingRequester,
  role: SchedulingRole,
  now: Date,
  change: {
    action: AuditAction;
    recordType: 'schedule' | 'schedule_exception';
    recordId: string;
    details: Record<string, unknown>;
  },
): Promise<RegenerationResult> {
  const regeneration = await regenerateRoleSlots(repos, role, now);
  await repos.audit.record({
    ...adminAudit(requester, now),
    action: change.action,
    outcome: 'success',
    recordType: change.recordType,
    recordId: change.recordId,
    details: {
      ...change.details,
      practitionerRoleId: role.id,
      organizationId: role.organizationId,
      inserted: regeneration.inserted,
      deleted: regeneration.deleted,
      blocked: regeneration.blocked,
      updated: regeneration.updated,
      conflicts: regeneration.conflicts.length,
    },
  });
  await recordConflicts(repos, requester, role, regeneration, now);
  return regeneration;
}
