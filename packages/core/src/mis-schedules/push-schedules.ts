import type { ClientPrincipal } from '../integration-clients';
import { DomainError } from '../shared';
import { misSlotConflictMessages } from './mis-conflict-messages';
import { MisSchedulesErrorCode as Code } from './mis-schedules.errors';
import type { MisSchedulesDeps } from './mis-schedules.ports';
import type { MisSchedulePush, MisScheduleResult, MisSlotPush, MisSlotResult } from './mis-schedules.types';

/** The longest slot a MIS may push: a working day. */
const MAX_SLOT_MS = 24 * 60 * 60 * 1000;

/** A refusal of an element of the pushed resource (422), its FHIRPath as the field. */
export const misInvalid = (field: string, message: string) =>
  new DomainError(Code.MIS_RESOURCE_INVALID, { field, params: { message } });

/** The clinic of the client: a MIS owns the schedules of its own clinic only; a region-wide client none. */
function clinicOf(client: ClientPrincipal): string {
  if (!client.organizationId) throw new DomainError(Code.MIS_CLIENT_WITHOUT_ORGANIZATION);
  return client.organizationId;
}

/**
 * A regional MIS pushes one slot of a Schedule it owns (issue 14, item 4): created, moved, opened (`free`) or
 * taken out (`busy`). A slot with an active appointment booked in Talon is never overwritten: the push is
 * refused with `MIS_SLOT_BOOKED_IN_TALON` and the clinic's admins get an in-app notice.
 */
export async function pushMisSlot(
  deps: MisSchedulesDeps,
  client: ClientPrincipal,
  push: MisSlotPush,
): Promise<MisSlotResult> {
  const organizationId = clinicOf(client);
  if (push.endsAt.getTime() <= push.startsAt.getTime()) {
    throw misInvalid('Slot.end', 'Окончание слота должно быть позже его начала.');
  }
  if (push.endsAt.getTime() - push.startsAt.getTime() > MAX_SLOT_MS) {
    throw misInvalid('Slot.end', 'Слот не может быть длиннее суток.');
  }
  if ('identifier' in push.target && !push.identifier) {
    throw misInvalid('Slot.identifier', 'Нужен идентификатор слота в МИС (system и value).');
  }
  const now = deps.clock.now();
  const outcome = await deps.store.applySlot(organizationId, push, now);
  switch (outcome.kind) {
    case 'done':
      return { slotId: outcome.slotId, created: outcome.created };
    case 'schedule_not_found':
      throw new DomainError(Code.MIS_SCHEDULE_NOT_FOUND, { field: 'Slot.schedule' });
    case 'slot_not_found':
      throw new DomainError(Code.MIS_SLOT_NOT_FOUND);
    case 'time_taken':
      throw new DomainError(Code.MIS_SLOT_TIME_TAKEN, { field: 'Slot.start' });
    case 'identifier_taken':
      throw new DomainError(Code.MIS_IDENTIFIER_TAKEN, { field: 'Slot.identifier' });
    case 'booked_in_talon':
      await deps.store.tellClinicAdmins(organizationId, client.clientId, (admins) =>
        misSlotConflictMessages({
          slotId: outcome.slotId,
          startsAt: outcome.startsAt,
          clientName: admins.clientName,
          adminAccountIds: admins.accountIds,
          at: now,
        }),
      );
      throw new DomainError(Code.MIS_SLOT_BOOKED_IN_TALON, { params: { slotId: outcome.slotId } });
  }
}

/**
 * A regional MIS pushes a Schedule: it claims the practitioner role of its clinic under its identifier and
 * keeps it active or not. Deactivating takes the MIS's free slots out of booking and frees nothing booked.
 */
export async function pushMisSchedule(
  deps: MisSchedulesDeps,
  client: ClientPrincipal,
  push: MisSchedulePush,
): Promise<MisScheduleResult> {
  const organizationId = clinicOf(client);
  // The identifier is what makes the role the MIS's: a Schedule without one says nothing Talon keeps.
  if (!push.identifier) {
    throw misInvalid('Schedule.identifier', 'Нужен идентификатор расписания в МИС (system и value).');
  }
  const outcome = await deps.store.applySchedule(organizationId, push, deps.clock.now());
  if (outcome.kind === 'schedule_not_found') {
    throw new DomainError(Code.MIS_SCHEDULE_NOT_FOUND, { field: 'Schedule.actor' });
  }
  if (outcome.kind === 'identifier_taken') {
    throw new DomainError(Code.MIS_IDENTIFIER_TAKEN, { field: 'Schedule.identifier' });
  }
  return {
    practitionerRoleId: outcome.practitionerRoleId,
    created: outcome.created,
    blockedSlots: outcome.blockedSlots,
  };
}
