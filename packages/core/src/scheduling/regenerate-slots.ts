import { generationWindow } from './booking-window';
import { generateSlots } from './generate-slots';
import { planRegeneration } from './plan-regeneration';
import type { SchedulingDeps, SchedulingRepos, SchedulingRole } from './scheduling.ports';
import type { RegenerationPlan, RegenerationResult, SlotSpec, WeeklyTemplate } from './scheduling.types';

/**
 * The regeneration plan of one role for the clinic's horizon: the specs its templates and exceptions make,
 * reconciled with the slots there. Reads only; `templates` replaces the stored ones for a dry run (the
 * schedule preview), so a preview and a save plan with the same functions. An inactive role keeps no free
 * slots.
 */
export async function planRoleSlots(
  repos: SchedulingRepos,
  role: SchedulingRole,
  now: Date,
  templates?: readonly (WeeklyTemplate & { id: string | null })[],
): Promise<{ from: Date; to: Date; specs: SlotSpec[]; plan: RegenerationPlan }> {
  const { from, to } = generationWindow(now, role.bookingHorizonDays);
  // One after another: a transaction is one connection, and drivers queue concurrent queries badly.
  const ownTemplates = templates ?? (await repos.schedules.listForRole(role.id));
  const exceptions = await repos.exceptions.listForRole(role.id, from, to);
  const existing = await repos.slots.listInWindow(role.id, from, to, now);
  const specs = role.isActive
    ? generateSlots({
        templates: ownTemplates,
        exceptions,
        timeZone: role.timeZone,
        from,
        to,
        roleLocationId: role.locationId,
      })
    : [];
  return { from, to, specs, plan: planRegeneration(existing, specs) };
}

/**
 * Regenerates one role's slots inside an open transaction (the caller holds the role's lock): plans them
 * (`planRoleSlots`) and applies the plan. Booked slots are never touched; those outside the new hours come
 * back as conflicts.
 */
export async function regenerateRoleSlots(
  repos: SchedulingRepos,
  role: SchedulingRole,
  now: Date,
): Promise<RegenerationResult> {
  const { plan } = await planRoleSlots(repos, role, now);
  const counts = await repos.slots.apply(role, plan, now);
  return { practitionerRoleId: role.id, ...counts, conflicts: plan.conflicts };
}

export interface RegenerateSlotsInput {
  /** One role, or every active role when left out (the daily run). */
  practitionerRoleId?: string;
}

export interface RegenerateSlotsReport {
  roles: number;
  inserted: number;
  deleted: number;
  blocked: number;
  updated: number;
  results: RegenerationResult[];
  /** Roles whose regeneration failed (the others still ran); ids only. */
  failed: { practitionerRoleId: string; error: string }[];
}

/**
 * The daily run (and a manual one for a role): regenerates slots for the booking horizon, one transaction
 * per role, so a failure or a lock wait on one role does not hold back the rest. Conflicts found here were
 * already reported when the change that caused them was made (generation is a function of the templates and
 * exceptions), so this run only returns them. The system's own job: no principal.
 */
export async function regenerateSlots(
  deps: SchedulingDeps,
  _principal: null,
  input: RegenerateSlotsInput = {},
): Promise<RegenerateSlotsReport> {
  const roleIds = input.practitionerRoleId
    ? [input.practitionerRoleId]
    : await deps.store.transaction((repos) => repos.schedules.listActiveRoleIds());
  const report: RegenerateSlotsReport = {
    roles: 0,
    inserted: 0,
    deleted: 0,
    blocked: 0,
    updated: 0,
    results: [],
    failed: [],
  };
  for (const roleId of roleIds) {
    try {
      const result = await deps.store.transaction(async (repos) => {
        await repos.schedules.lockRole(roleId);
        const role = await repos.schedules.findRole(roleId);
        return role ? regenerateRoleSlots(repos, role, deps.clock.now()) : null;
      });
      if (!result) continue;
      report.roles++;
      report.inserted += result.inserted;
      report.deleted += result.deleted;
      report.blocked += result.blocked;
      report.updated += result.updated;
      if (result.conflicts.length || input.practitionerRoleId) report.results.push(result);
    } catch (error) {
      report.failed.push({
        practitionerRoleId: roleId,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }
  return report;
}
