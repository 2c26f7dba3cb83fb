import type { Principal } from '../identity';
import type { SchedulingDeps } from './scheduling.ports';
import type { Schedule, ScheduleException } from './scheduling.types';
import { schedulingScopeOf } from './scheduling-requester';

export interface ListScheduleInput {
  practitionerRoleId?: string;
  organizationId?: string;
  page: number;
  pageSize: number;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** Weekly templates the admin may manage, filtered by role or clinic; a clinic admin sees their clinics'. */
export async function listSchedules(
  deps: SchedulingDeps,
  principal: Principal,
  input: ListScheduleInput,
): Promise<Page<Schedule>> {
  const scope = schedulingScopeOf(principal.roles);
  const result = await deps.store.transaction((repos) =>
    repos.schedules.search({
      scope,
      practitionerRoleId: input.practitionerRoleId,
      organizationId: input.organizationId,
      page: input.page,
      pageSize: input.pageSize,
    }),
  );
  return { ...result, page: input.page, pageSize: input.pageSize };
}

/** Absences and extra hours the admin may manage, filtered by role, clinic and period. */
export async function listScheduleExceptions(
  deps: SchedulingDeps,
  principal: Principal,
  input: ListScheduleInput & { from?: Date; to?: Date },
): Promise<Page<ScheduleException>> {
  const scope = schedulingScopeOf(principal.roles);
  const result = await deps.store.transaction((repos) =>
    repos.exceptions.search({
      scope,
      practitionerRoleId: input.practitionerRoleId,
      organizationId: input.organizationId,
      from: input.from,
      to: input.to,
      page: input.page,
      pageSize: input.pageSize,
    }),
  );
  return { ...result, page: input.page, pageSize: input.pageSize };
}
