import type { Principal } from '../identity';
import { DomainError, localDate } from '../shared';
import { planRoleSlots } from './regenerate-slots';
import { assertNoCollision, assertOwnRoom } from './save-schedule';
import { SchedulingErrorCode } from './scheduling.errors';
import type { SchedulingDeps, SchedulingRepos } from './scheduling.ports';
import type { SlotConflict, SlotSpec, WeeklyTemplateInput } from './scheduling.types';
import { isInScope, schedulingScopeOf } from './scheduling-requester';
import { validateTemplate } from './validate-template';

/** The first days whose slots a preview lists one by one, and at most this many slots in all. */
export const PREVIEW_SLOT_DAYS = 3;
export const PREVIEW_SLOT_LIMIT = 120;

export interface SchedulePreviewInput {
  practitionerRoleId: string;
  /** The template being edited; a new template when left out. */
  scheduleId?: string | null;
  template: WeeklyTemplateInput;
}

export interface SchedulePreview {
  practitionerRoleId: string;
  timeZone: string;
  from: Date;
  to: Date;
  /** Slots per clinic-local day of the window (days without slots left out). */
  days: { date: string; slots: number; priority: number }[];
  /** The slots of the first `PREVIEW_SLOT_DAYS` days with slots, at most `PREVIEW_SLOT_LIMIT`. */
  slots: SlotSpec[];
  /** What saving would do to the role's slots now. */
  changes: { insert: number; delete: number; block: number; update: number };
  /** Booked visits the new hours would leave outside, with their patients. */
  conflicts: NamedConflict[];
}

/** A conflict with its visit and the patient's full name (the clinic's staff see names; nothing medical). */
export type NamedConflict = SlotConflict & {
  appointmentId: string | null;
  patientId: string | null;
  patientName: string | null;
};

/**
 * A dry run of saving a template: validated and checked as a save is (room, overlap with the role's other
 * templates), then planned with the same functions the save regenerates with (`planRoleSlots`:
 * `generateSlots` and `planRegeneration`) over the role's templates with this one put in — nothing is
 * written. A clinic admin previews the roles of their clinics (others are "not found"), a system admin any.
 */
export async function previewSchedule(
  deps: SchedulingDeps,
  principal: Principal,
  input: SchedulePreviewInput,
): Promise<SchedulePreview> {
  return deps.store.transaction(async (repos) => {
    const role = await repos.schedules.findRole(input.practitionerRoleId);
    if (!role || !isInScope(schedulingScopeOf(principal.roles), role.organizationId)) {
      throw new DomainError(SchedulingErrorCode.PRACTITIONER_ROLE_NOT_FOUND, {
        field: 'body.practitionerRoleId',
      });
    }
    const ownId = input.scheduleId ?? null;
    const stored = await repos.schedules.listForRole(role.id);
    if (ownId && !stored.some((schedule) => schedule.id === ownId)) {
      throw new DomainError(SchedulingErrorCode.SCHEDULE_NOT_FOUND, { field: 'body.scheduleId' });
    }
    const template = validateTemplate(input.template, { defaultSlotMinutes: role.defaultSlotMinutes });
    await assertOwnRoom(repos, role, template);
    await assertNoCollision(repos, role, template, ownId);
    const templates = [...stored.filter((schedule) => schedule.id !== ownId), { ...template, id: ownId }];
    const now = deps.clock.now();
    const { from, to, specs, plan } = await planRoleSlots(repos, role, now, templates);
    return {
      practitionerRoleId: role.id,
      timeZone: role.timeZone,
      from,
      to,
      days: countByDay(specs, role.timeZone),
      slots: firstDays(specs, role.timeZone),
      changes: {
        insert: plan.insert.length,
        delete: plan.delete.length,
        block: plan.block.length,
        update: plan.update.length,
      },
      conflicts: await conflictsWithPatients(repos, plan.conflicts),
    };
  });
}

function countByDay(specs: readonly SlotSpec[], timeZone: string): SchedulePreview['days'] {
  const days = new Map<string, { date: string; slots: number; priority: number }>();
  for (const spec of specs) {
    const date = localDate(spec.startsAt, timeZone);
    const day = days.get(date) ?? { date, slots: 0, priority: 0 };
    day.slots += 1;
    if (spec.isPriority) day.priority += 1;
    days.set(date, day);
  }
  return [...days.values()];
}

function firstDays(specs: readonly SlotSpec[], timeZone: string): SlotSpec[] {
  const dates = new Set<string>();
  const listed: SlotSpec[] = [];
  for (const spec of specs) {
    const date = localDate(spec.startsAt, timeZone);
    if (!dates.has(date) && dates.size === PREVIEW_SLOT_DAYS) break;
    dates.add(date);
    listed.push(spec);
    if (listed.length === PREVIEW_SLOT_LIMIT) break;
  }
  return listed;
}

/** Names the patients of conflicts: the preview's and those an exception leaves booked. */
export async function conflictsWithPatients(
  repos: Pick<SchedulingRepos, 'slots'>,
  conflicts: readonly SlotConflict[],
): Promise<NamedConflict[]> {
  if (!conflicts.length) return [];
  const visits = new Map(
    (await repos.slots.listBookedVisits(conflicts.map((c) => c.slotId))).map((v) => [v.slotId, v]),
  );
  // A conflict is a booked slot, so it has its visit; nulls cover a slot marked booked without one.
  return conflicts.map((conflict) => {
    const visit = visits.get(conflict.slotId);
    return {
      ...conflict,
      appointmentId: visit?.appointmentId ?? null,
      patientId: visit?.patientId ?? null,
      patientName: visit?.patientName ?? null,
    };
  });
}
