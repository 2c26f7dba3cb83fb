import { AuditAction } from '../audit';
import type { Principal, RequestOrigin } from '../identity';
import { DomainError } from '../shared';
import { conflictsWithPatients, type NamedConflict } from './preview-schedule';
import { regenerateAfterChange } from './regenerate-after-change';
import { SchedulingErrorCode } from './scheduling.errors';
import type { SchedulingDeps } from './scheduling.ports';
import type { RegenerationResult, ScheduleException } from './scheduling.types';
import { isInScope, lockRoleInScope, schedulingScopeOf } from './scheduling-requester';
import { type ExceptionInput, validateException } from './validate-exception';

export interface ExceptionChange {
  exception: ScheduleException;
  regeneration: RegenerationResult;
  /** The regeneration's conflicts with their visits and patients: the visits an absence leaves booked. */
  conflicts: NamedConflict[];
}

/**
 * Records an absence (vacation, sick day) or extra hours of a role and regenerates its slots in the same
 * transaction: free slots inside an absence go at once, booked ones stay and come back as conflicts (and are
 * recorded as `schedule.conflict`) — cancelling those visits with a message to each patient is the clinic
 * cancellation of the booking issue, a separate, deliberate step.
 */
export async function createScheduleException(
  deps: SchedulingDeps,
  principal: Principal,
  input: { practitionerRoleId: string; exception: ExceptionInput; origin: RequestOrigin },
): Promise<ExceptionChange> {
  const requester = { principal, origin: input.origin };
  const valid = validateException(input.exception);
  return deps.store.transaction(async (repos) => {
    const role = await lockRoleInScope(repos, requester, input.practitionerRoleId, 'body.practitionerRoleId');
    if (valid.kind === 'extra_hours' && (await repos.schedules.listForRole(role.id)).length === 0) {
      throw new DomainError(SchedulingErrorCode.SCHEDULE_REQUIRED_FOR_EXTRA_HOURS, { field: 'body.kind' });
    }
    const now = deps.clock.now();
    const exception = await repos.exceptions.create({
      ...valid,
      practitionerRoleId: role.id,
      createdByAccountId: principal.accountId,
      at: now,
    });
    const regeneration = await regenerateAfterChange(repos, requester, role, now, {
      action: AuditAction.SCHEDULE_EXCEPTION_CHANGE,
      recordType: 'schedule_exception',
      recordId: exception.id,
      details: {
        operation: 'create',
        kind: exception.kind,
        startsAt: exception.startsAt.toISOString(),
        endsAt: exception.endsAt.toISOString(),
      },
    });
    return { exception, regeneration, conflicts: await conflictsWithPatients(repos, regeneration.conflicts) };
  });
}

/** Removes an exception and regenerates: the hours of an ended absence open again. */
export async function deleteScheduleException(
  deps: SchedulingDeps,
  principal: Principal,
  input: { exceptionId: string; origin: RequestOrigin },
): Promise<ExceptionChange> {
  const requester = { principal, origin: input.origin };
  return deps.store.transaction(async (repos) => {
    const exception = await repos.exceptions.find(input.exceptionId);
    const role = exception ? await repos.schedules.findRole(exception.practitionerRoleId) : null;
    if (!exception || !role || !isInScope(schedulingScopeOf(principal.roles), role.organizationId)) {
      throw new DomainError(SchedulingErrorCode.SCHEDULE_EXCEPTION_NOT_FOUND);
    }
    await repos.schedules.lockRole(role.id);
    const now = deps.clock.now();
    await repos.exceptions.delete(exception.id);
    const regeneration = await regenerateAfterChange(repos, requester, role, now, {
      action: AuditAction.SCHEDULE_EXCEPTION_CHANGE,
      recordType: 'schedule_exception',
      recordId: exception.id,
      details: { operation: 'delete', kind: exception.kind },
    });
    return { exception, regeneration, conflicts: await conflictsWithPatients(repos, regeneration.conflicts) };
  });
}
