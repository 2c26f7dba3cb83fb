import type { SlotSpec } from '@talon/core/scheduling';
import { slots } from '../../schema';
import type { Column } from '../../seed/batch-writer';

/** The role facts copied onto each slot, so the search indexes cover them (see `slots` in the schema). */
export interface SlotOwner {
  id: string;
  organizationId: string;
  practitionerId: string;
  regionCode: string;
  specialtyCode: string;
}

export type SlotInsertRow = { owner: SlotOwner; spec: SlotSpec };

/**
 * How a generated slot maps onto the `slots` table, for the bulk insert of both the regeneration and the demo
 * seed: one definition, so seeded slots are exactly what regeneration would have made.
 */
export const slotInsertColumns: Column<SlotInsertRow>[] = [
  { column: slots.practitionerRoleId, value: (r) => r.owner.id },
  { column: slots.scheduleId, value: (r) => r.spec.scheduleId },
  { column: slots.organizationId, value: (r) => r.owner.organizationId },
  { column: slots.practitionerId, value: (r) => r.owner.practitionerId },
  { column: slots.regionCode, value: (r) => r.owner.regionCode },
  { column: slots.specialtyCode, value: (r) => r.owner.specialtyCode },
  { column: slots.locationId, value: (r) => r.spec.locationId },
  { column: slots.startsAt, value: (r) => r.spec.startsAt.toISOString() },
  { column: slots.endsAt, value: (r) => r.spec.endsAt.toISOString() },
  { column: slots.visitType, value: (r) => r.spec.visitType },
  { column: slots.channels, value: (r) => r.spec.channels },
  { column: slots.isPriority, value: (r) => r.spec.isPriority },
  { column: slots.priorityReleasedAt, value: (r) => r.spec.priorityReleasedAt?.toISOString() ?? null },
];
