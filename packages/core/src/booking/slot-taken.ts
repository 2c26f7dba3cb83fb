import { DomainError } from '../shared';
import { BookingErrorCode } from './booking.errors';
import type { BookingRepos, BookingStore } from './booking.ports';
import type { BookingChannel, SlotAlternative, SlotFacts } from './booking.types';
import type { BookingActor } from './booking-deps';
import { slotChannelFor } from './booking-rules';
import { localDate, zonedIso } from './local-time';
import { precheckSlot } from './place-appointment';

/** How many alternatives a SLOT_TAKEN answer offers (the issue: up to 5). */
export const MAX_ALTERNATIVES = 5;

/** An alternative as the API shows it: times in the clinic's zone with the offset (docs/domain.md rule 10). */
export function presentAlternative(slot: SlotAlternative) {
  return {
    id: slot.id,
    start: zonedIso(slot.startsAt, slot.timeZone),
    end: zonedIso(slot.endsAt, slot.timeZone),
    timeZone: slot.timeZone,
    organization: slot.organization,
    practitioner: slot.practitioner,
    room: slot.room,
  };
}

/**
 * The SLOT_TAKEN refusal with up to five free slots nearby: the same specialty at the same clinic first,
 * then the same practitioner (rule 1: losers learn quickly and get somewhere to go).
 */
export async function slotTakenError(
  repos: Pick<BookingRepos, 'booking'>,
  slot: SlotFacts,
  channel: BookingChannel,
  now: Date,
): Promise<DomainError> {
  const earliest = new Date(now.getTime() + slot.organization.minNoticeMinutes * 60_000);
  const alternatives = await repos.booking.alternatives(
    slot,
    slotChannelFor(channel),
    earliest,
    MAX_ALTERNATIVES,
  );
  return new DomainError(BookingErrorCode.SLOT_TAKEN, {
    extensions: { alternatives: alternatives.map(presentAlternative) },
  });
}

export const isSlotTaken = (error: unknown): boolean =>
  error instanceof DomainError && error.code === BookingErrorCode.SLOT_TAKEN && !error.options.extensions;

/**
 * Checks the slot without a lock, then runs `work` in one booking transaction. A lost race (the slot taken,
 * held, or locked by another booking) ends as SLOT_TAKEN with the alternatives, unless `onTaken` has an
 * answer of its own (a repeated submit gets its first result).
 */
export async function inSlotTransaction<T>(
  store: BookingStore,
  claim: {
    slot: SlotFacts | null;
    actor: BookingActor;
    now: Date;
    canOverride: boolean;
    /** Runs once the lock-free checks passed, right before the transaction (see BookAppointmentInput). */
    beforeWrite?: () => Promise<void>;
    /**
     * The work places an appointment: its ticket sequence is taken right before the transaction, outside it
     * (BookingStore.nextTicketSequence), and handed to `work`.
     */
    numbersTicket?: boolean;
  },
  work: (repos: BookingRepos, slot: SlotFacts, ticketSequence: number | null) => Promise<T>,
  onTaken?: (slot: SlotFacts) => Promise<T | null>,
): Promise<T> {
  const { slot, actor, now } = claim;
  try {
    precheckSlot(slot, actor, now, claim.canOverride);
    await claim.beforeWrite?.();
    // Only bookings that passed the lock-free checks take a number: the hot slot's losers take none.
    const ticketSequence = claim.numbersTicket
      ? await store.nextTicketSequence(
          slot.organizationId,
          localDate(slot.startsAt, slot.organization.timeZone),
        )
      : null;
    return await store.transaction((repos) => work(repos, slot, ticketSequence), {
      onLockConflict: BookingErrorCode.SLOT_TAKEN,
    });
  } catch (error) {
    if (!slot || !isSlotTaken(error)) throw error;
    const answer = onTaken ? await onTaken(slot) : null;
    if (answer !== null) return answer;
    throw await store.read((repos) => slotTakenError(repos, slot, actor.channel, now));
  }
}
