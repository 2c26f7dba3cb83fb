import { buildDedupeKey, type OutgoingMessage } from '../messaging';

const EVENT = 'mis.slot_conflict';

/** `08.12.2026 06:00 UTC`: the slot's start as the admin reads it (the clinic's zone is not at hand here). */
function utcText(at: Date): string {
  const iso = at.toISOString();
  return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)} ${iso.slice(11, 16)} UTC`;
}

/**
 * The clinic admins' in-app notices that a MIS tried to overwrite a slot booked in Talon: the client's name
 * and the slot's time only — no patient, no visit. One per admin, once per slot and attempted change.
 */
export function misSlotConflictMessages(input: {
  slotId: string;
  startsAt: Date;
  clientName: string;
  adminAccountIds: readonly string[];
  at: Date;
}): OutgoingMessage[] {
  const eventId = `${input.slotId}@${input.at.toISOString()}`;
  return input.adminAccountIds.map((accountId) => ({
    event: EVENT,
    channel: 'in_app',
    recipient: accountId,
    accountId,
    template: 'mis_slot_conflict',
    payload: { client: input.clientName, slotStart: utcText(input.startsAt) },
    dedupeKey: buildDedupeKey({ event: EVENT, eventId, channel: 'in_app', recipient: accountId }),
  }));
}
