import type { MisScheduleStore, SlotApplyOutcome } from '@talon/core/mis-schedules';
import { SLOT_CHANNELS } from '@talon/core/scheduling';
import { and, eq, gte, isNotNull, ne, sql } from 'drizzle-orm';
import type { Database, DbExecutor } from '../../client';
import type { FieldCipher } from '../../crypto/field-cipher';
import { accountRoles, integrationClients, organizations, practitionerRoles, slots } from '../../schema';
import { createOutboxRepository } from '../outbox.repository';
import { outboxTransaction, type StoreOptions } from '../unit-of-work';
import { createWaitlistRepos, type SlotEventsFactory } from '../waitlist/waitlist-store';

const ACTIVE = sql.raw(`'booked', 'confirmed', 'arrived'`);
// An alias: inside a single-table query drizzle leaves `id` unqualified, which would be the appointment's own.
const appointmentOfSlot = sql`select 1 from appointments as a where a.slot_id = "slots"."id"`;

interface SlotRow {
  id: string;
  organizationId: string;
  externalId: string | null;
  status: string;
  startsAt: Date;
  hasActive: boolean;
  hasAny: boolean;
}

const slotRow = {
  id: slots.id,
  organizationId: slots.organizationId,
  externalId: slots.externalId,
  status: slots.status,
  startsAt: slots.startsAt,
  hasActive: sql<boolean>`exists (${appointmentOfSlot} and a.status in (${ACTIVE}))`,
  hasAny: sql<boolean>`exists (${appointmentOfSlot})`,
};

async function firstSlot(tx: DbExecutor, where: ReturnType<typeof and>): Promise<SlotRow | undefined> {
  const [row] = await tx.select(slotRow).from(slots).where(where).limit(1);
  return row;
}

async function bookedInTalon(tx: DbExecutor, slotId: string): Promise<SlotApplyOutcome> {
  const [booked] = await tx.select({ startsAt: slots.startsAt }).from(slots).where(eq(slots.id, slotId));
  return { kind: 'booked_in_talon', slotId, startsAt: booked?.startsAt ?? new Date(0) };
}

/**
 * The slots and schedules a regional MIS pushes (docs/fhir.md «Schedules from a regional MIS»). Every push is
 * one transaction with the role's row locked, so pushes of one schedule and Talon's bookings of its slots
 * (which lock the slot) are serialised; the slot's active appointment is checked inside it.
 */
export function createMisScheduleStore(
  db: Database,
  cipher: FieldCipher,
  options: Required<StoreOptions> & { slotEvents?: SlotEventsFactory },
): MisScheduleStore {
  // A slot the push opens goes to the waitlist first, on the push's transaction (docs/domain.md rule 6).
  const inTransaction = outboxTransaction(db, options, (tx, written) => ({
    tx,
    slotEvents: options.slotEvents?.(createWaitlistRepos(tx, cipher, written)),
  }));
  return {
    applySlot(organizationId, push, now) {
      return inTransaction(async ({ tx, slotEvents }): Promise<SlotApplyOutcome> => {
        const [role] = await tx
          .select({
            id: practitionerRoles.id,
            practitionerId: practitionerRoles.practitionerId,
            specialtyCode: practitionerRoles.specialtyCode,
            locationId: practitionerRoles.locationId,
            externalActive: practitionerRoles.externalActive,
            regionCode: organizations.regionCode,
          })
          .from(practitionerRoles)
          .innerJoin(organizations, eq(organizations.id, practitionerRoles.organizationId))
          .where(
            and(
              eq(practitionerRoles.id, push.practitionerRoleId),
              eq(practitionerRoles.organizationId, organizationId),
            ),
          )
          .for('update', { of: practitionerRoles });
        if (!role) return { kind: 'schedule_not_found' };

        let slot: SlotRow | undefined;
        if ('slotId' in push.target) {
          slot = await firstSlot(tx, and(eq(slots.id, push.target.slotId)));
          if (!slot || slot.organizationId !== organizationId) return { kind: 'slot_not_found' };
        } else {
          const { system, value } = push.target.identifier;
          slot = await firstSlot(tx, and(eq(slots.externalSystem, system), eq(slots.externalId, value)));
          if (slot && slot.organizationId !== organizationId) return { kind: 'identifier_taken' };
        }
        if (push.identifier) {
          const { system, value } = push.identifier;
          const other = await firstSlot(
            tx,
            and(
              eq(slots.externalSystem, system),
              eq(slots.externalId, value),
              slot ? ne(slots.id, slot.id) : undefined,
            ),
          );
          if (other) return { kind: 'identifier_taken' };
        }
        if (slot?.hasActive) return bookedInTalon(tx, slot.id);
        // Another slot of the schedule at that start: Talon's own, free and never booked, is taken over (or
        // removed, when this push moves a slot there); anything else is in the way.
        const atStart = await firstSlot(
          tx,
          and(
            eq(slots.practitionerRoleId, role.id),
            eq(slots.startsAt, push.startsAt),
            slot ? ne(slots.id, slot.id) : undefined,
          ),
        );
        if (atStart) {
          if (atStart.hasActive && !slot) return bookedInTalon(tx, atStart.id);
          if (atStart.externalId !== null || atStart.hasAny) return { kind: 'time_taken' };
          if (slot) await tx.delete(slots).where(eq(slots.id, atStart.id));
          else slot = atStart;
        }

        // A Schedule the MIS set inactive opens nothing: its slots stay out of booking.
        const status = push.state === 'free' && role.externalActive !== false ? 'free' : 'blocked';
        // The same free slot pushed again (a MIS resending its schedule) changes nothing a patient holds: a
        // hold or a waitlist offer on it stays. Taken out or moved, the slot's holds end.
        const isUnchanged =
          slot?.status === 'free' && status === 'free' && slot.startsAt.getTime() === push.startsAt.getTime();
        const values = {
          practitionerRoleId: role.id,
          organizationId,
          practitionerId: role.practitionerId,
          regionCode: role.regionCode,
          specialtyCode: role.specialtyCode,
          locationId: role.locationId,
          startsAt: push.startsAt,
          endsAt: push.endsAt,
          status,
          ...(isUnchanged ? {} : { heldByPatientId: null, heldUntil: null }),
          ...(push.identifier
            ? { externalSystem: push.identifier.system, externalId: push.identifier.value }
            : {}),
          updatedAt: now,
        } as const;
        if (slot) {
          // A booking that committed since the check above made the slot `booked`: it still wins.
          const updated = await tx
            .update(slots)
            .set(values)
            .where(and(eq(slots.id, slot.id), ne(slots.status, 'booked')))
            .returning({ id: slots.id });
          if (updated.length === 0) return bookedInTalon(tx, slot.id);
          if (status === 'free' && !isUnchanged) await slotEvents?.slotFreed(slot.id, now, null);
          return { kind: 'done', slotId: slot.id, created: false };
        }
        const [inserted] = await tx
          .insert(slots)
          .values({ ...values, channels: [...SLOT_CHANNELS], isPriority: false })
          .returning({ id: slots.id });
        if (status === 'free') await slotEvents?.slotFreed(inserted!.id, now, null);
        return { kind: 'done', slotId: inserted!.id, created: true };
      });
    },

    applySchedule(organizationId, push, now) {
      return db.transaction(async (tx) => {
        const identifier = push.identifier!;
        const [role] = await tx
          .select({ id: practitionerRoles.id, externalId: practitionerRoles.externalId })
          .from(practitionerRoles)
          .where(
            and(
              eq(practitionerRoles.id, push.practitionerRoleId),
              eq(practitionerRoles.organizationId, organizationId),
            ),
          )
          .for('update');
        if (!role) return { kind: 'schedule_not_found' as const };
        const [holder] = await tx
          .select({ id: practitionerRoles.id })
          .from(practitionerRoles)
          .where(
            and(
              eq(practitionerRoles.externalSystem, identifier.system),
              eq(practitionerRoles.externalId, identifier.value),
              ne(practitionerRoles.id, role.id),
            ),
          );
        if (holder) return { kind: 'identifier_taken' as const };
        await tx
          .update(practitionerRoles)
          .set({
            externalSystem: identifier.system,
            externalId: identifier.value,
            externalActive: push.active,
            updatedAt: now,
          })
          .where(eq(practitionerRoles.id, role.id));
        let blockedSlots = 0;
        if (!push.active) {
          const blocked = await tx
            .update(slots)
            .set({ status: 'blocked', heldByPatientId: null, heldUntil: null, updatedAt: now })
            .where(
              and(
                eq(slots.practitionerRoleId, role.id),
                isNotNull(slots.externalId),
                eq(slots.status, 'free'),
                gte(slots.startsAt, now),
              ),
            )
            .returning({ id: slots.id });
          blockedSlots = blocked.length;
        }
        return {
          kind: 'done' as const,
          practitionerRoleId: role.id,
          created: role.externalId === null,
          blockedSlots,
        };
      });
    },

    async tellClinicAdmins(organizationId, clientId, tell) {
      const written = await db.transaction(async (tx) => {
        const [client] = await tx
          .select({ name: integrationClients.name })
          .from(integrationClients)
          .where(eq(integrationClients.id, clientId));
        const admins = await tx
          .selectDistinct({ accountId: accountRoles.accountId })
          .from(accountRoles)
          .where(and(eq(accountRoles.role, 'clinic_admin'), eq(accountRoles.organizationId, organizationId)));
        const outbox = createOutboxRepository(tx, cipher);
        const ids: string[] = [];
        for (const message of tell({
          clientName: client?.name ?? '',
          accountIds: admins.map((a) => a.accountId),
        })) {
          const queued = await outbox.enqueue(message);
          if (queued.isNew) ids.push(queued.id);
        }
        return ids;
      });
      if (written.length > 0) options.afterCommit(written);
      return written;
    },
  };
}
