import { AuditAction } from '../audit';
import type { Principal, RequestOrigin } from '../identity';
import { DomainError } from '../shared';
import { regenerateAfterChange } from './regenerate-after-change';
import { SchedulingErrorCode } from './scheduling.errors';
import type { SchedulingDeps, SchedulingRepos, SchedulingRole } from './scheduling.ports';
import type { RegenerationResult, Schedule, WeeklyTemplate, WeeklyTemplateInput } from './scheduling.types';
import {
  isInScope,
  lockRoleInScope,
  type SchedulingRequester,
  schedulingScopeOf,
} from './scheduling-requester';
import { templatesCollide, validateTemplate } from './validate-template';

/** A template change with the slot regeneration it caused. */
export interface ScheduleChange {
  schedule: Schedule | null;
  regeneration: RegenerationResult;
}

/**
 * A new weekly template for a role, validated (defaults from the specialty) and checked against the role's
 * other templates; the role's slots are regenerated in the same transaction, so the new hours are bookable
 * at once. Booked slots left outside the hours are returned and recorded as `schedule.conflict`.
 */
export async function createSchedule(
  deps: SchedulingDeps,
  principal: Principal,
  input: { practitionerRoleId: string; template: WeeklyTemplateInput; origin: RequestOrigin },
): Promise<ScheduleChange> {
  const requester = { principal, origin: input.origin };
  return deps.store.transaction(async (repos) => {
    const role = await lockRoleInScope(repos, requester, input.practitionerRoleId, 'body.practitionerRoleId');
    const template = validateTemplate(input.template, { defaultSlotMinutes: role.defaultSlotMinutes });
    await assertOwnRoom(repos, role, template);
    await assertNoCollision(repos, role, template, null);
    const now = deps.clock.now();
    const schedule = await repos.schedules.create(role.id, template, now);
    return finish(repos, requester, role, schedule, 'create', now);
  });
}

/** Replaces a template (same role) and regenerates the role's slots; see `createSchedule`. */
export async function updateSchedule(
  deps: SchedulingDeps,
  principal: Principal,
  input: { scheduleId: string; template: WeeklyTemplateInput; origin: RequestOrigin },
): Promise<ScheduleChange> {
  const requester = { principal, origin: input.origin };
  return deps.store.transaction(async (repos) => {
    const { role, schedule } = await findInScope(repos, requester, input.scheduleId);
    const template = validateTemplate(input.template, { defaultSlotMinutes: role.defaultSlotMinutes });
    await assertOwnRoom(repos, role, template);
    await assertNoCollision(repos, role, template, schedule.id);
    const now = deps.clock.now();
    const updated = await repos.schedules.update(schedule.id, template, now);
    return finish(repos, requester, role, updated, 'update', now);
  });
}

/** Deletes a template and regenerates: its free slots go, booked ones stay and come back as conflicts. */
export async function deleteSchedule(
  deps: SchedulingDeps,
  principal: Principal,
  input: { scheduleId: string; origin: RequestOrigin },
): Promise<ScheduleChange> {
  const requester = { principal, origin: input.origin };
  return deps.store.transaction(async (repos) => {
    const { role, schedule } = await findInScope(repos, requester, input.scheduleId);
    const now = deps.clock.now();
    await repos.schedules.delete(schedule.id);
    const change = await finish(repos, requester, role, schedule, 'delete', now);
    return { ...change, schedule: null };
  });
}

async function findInScope(repos: SchedulingRepos, requester: SchedulingRequester, scheduleId: string) {
  const schedule = await repos.schedules.find(scheduleId);
  const role = schedule ? await repos.schedules.findRole(schedule.practitionerRoleId) : null;
  if (!schedule || !role || !isInScope(schedulingScopeOf(requester.principal.roles), role.organizationId)) {
    throw new DomainError(SchedulingErrorCode.SCHEDULE_NOT_FOUND);
  }
  await repos.schedules.lockRole(role.id);
  return { role, schedule };
}

/** A template's room must be one of the role's clinic (an unknown id is refused the same way). */
export async function assertOwnRoom(repos: SchedulingRepos, role: SchedulingRole, template: WeeklyTemplate) {
  if (!template.locationId || (await repos.schedules.isLocationOf(template.locationId, role.organizationId)))
    return;
  throw new DomainError(SchedulingErrorCode.SCHEDULE_INVALID, {
    fieldErrors: [{ field: 'body.locationId', message: 'Кабинет не найден в этой медицинской организации' }],
  });
}

export async function assertNoCollision(
  repos: SchedulingRepos,
  role: SchedulingRole,
  template: WeeklyTemplate,
  ownId: string | null,
) {
  const others = (await repos.schedules.listForRole(role.id)).filter((s) => s.id !== ownId);
  const clash = others.find((other) => templatesCollide(other, template));
  if (clash) {
    throw new DomainError(SchedulingErrorCode.SCHEDULE_OVERLAP, {
      field: 'body.days',
      params: { scheduleId: clash.id, validFrom: clash.validFrom },
    });
  }
}

async function finish(
  repos: SchedulingRepos,
  requester: SchedulingRequester,
  role: SchedulingRole,
  schedule: Schedule,
  operation: 'create' | 'update' | 'delete',
  now: Date,
): Promise<ScheduleChange> {
  const regeneration = await regenerateAfterChange(repos, requester, role, now, {
    action: AuditAction.SCHEDULE_CHANGE,
    recordType: 'schedule',
    recordId: schedule.id,
    details: { operation },
  });
  return { schedule, regeneration };
}
