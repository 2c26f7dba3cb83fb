import type { ExistingSlot, RegenerationPlan, SlotSpec } from './scheduling.types';

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join() === [...b].sort().join();

/** True when a free slot already is what the spec asks for (no update needed). */
function matches(slot: ExistingSlot, spec: SlotSpec): boolean {
  return (
    sameSet(slot.channels, spec.channels) &&
    slot.visitType === spec.visitType &&
    slot.isPriority === spec.isPriority &&
    (slot.priorityReleasedAt?.getTime() ?? null) === (spec.priorityReleasedAt?.getTime() ?? null) &&
    slot.scheduleId === spec.scheduleId &&
    slot.locationId === spec.locationId
  );
}

/**
 * Reconciles a role's slots in a window with freshly generated specs. A spec whose start and end match an
 * existing slot keeps that slot (updated in place when free and its settings changed); a new spec is
 * inserted. A slot no longer wanted is deleted when it is free, unheld and no appointment ever pointed at it;
 * blocked when an old (cancelled) appointment still references it; left alone while a patient holds it (the
 * hold lapses in minutes and the next run deletes it). A booked slot is never touched: when it no longer lies
 * inside working hours it is reported as a conflict for the clinic admin to resolve (docs/domain.md rule 8).
 * Blocked slots stay blocked: the clinic took them out on purpose.
 */
export function planRegeneration(
  existing: readonly ExistingSlot[],
  specs: readonly SlotSpec[],
): RegenerationPlan {
  const plan: RegenerationPlan = { insert: [], delete: [], block: [], update: [], conflicts: [] };
  const wanted = new Map(specs.map((spec) => [spec.startsAt.getTime(), spec]));
  const kept = new Set<number>();
  for (const slot of existing) {
    const start = slot.startsAt.getTime();
    const spec = wanted.get(start);
    const isBooked = slot.status === 'booked' || slot.hasActiveAppointment;
    if (spec && spec.endsAt.getTime() === slot.endsAt.getTime()) {
      kept.add(start);
      if (slot.status === 'free' && !isBooked && !matches(slot, spec))
        plan.update.push({ id: slot.id, spec });
      continue;
    }
    // The slot stays in the table (booked, held, blocked or referenced), so a spec at its start cannot be added.
    if (isBooked) {
      plan.conflicts.push({ slotId: slot.id, startsAt: slot.startsAt, endsAt: slot.endsAt });
      kept.add(start);
    } else if (slot.status === 'blocked' || slot.isHeld) {
      kept.add(start);
    } else if (slot.hasAppointments) {
      plan.block.push(slot.id);
      kept.add(start);
    } else {
      plan.delete.push(slot.id);
    }
  }
  // A new spec must not overlap a slot that stays (a changed slot length shifts starts).
  const staying = existing.filter((slot) => kept.has(slot.startsAt.getTime()));
  for (const spec of specs) {
    if (kept.has(spec.startsAt.getTime())) continue;
    const clash = staying.some((slot) => slot.startsAt < spec.endsAt && spec.startsAt < slot.endsAt);
    if (!clash) plan.insert.push(spec);
  }
  return plan;
}
