import { DomainError } from '../shared';
import { clinicTicketPrefix, formatTicketNumber, generateAppointmentCode } from './appointment-code';
import { BookingErrorCode, OVERRIDABLE_REFUSALS } from './booking.errors';
import type { BookingRepos } from './booking.ports';
import type { ReferralFacts, SlotFacts } from './booking.types';
import type { BookingActor, BookingDeps } from './booking-deps';
import {
  isHeldByOther,
  isReferralUsable,
  patientRefusals,
  type Refusal,
  slotRefusals,
} from './booking-rules';
import { localDate } from './local-time';

const DAY_MS = 86_400_000;
const MAX_CODE_ATTEMPTS = 4;

/** Throws the first refusal the caller may not override; returns the overridden ones (rule 5a). */
export function enforceRefusals(refusals: readonly Refusal[], canOverride: boolean): Refusal[] {
  const blocking = refusals.filter((r) => !(canOverride && OVERRIDABLE_REFUSALS.has(r.code)));
  const first = blocking[0];
  if (first) throw new DomainError(first.code, { params: first.params });
  return refusals.filter((r) => !blocking.includes(r));
}

/**
 * The checks that need nothing but the slot, before any transaction: unknown slot, timing and channel,
 * and a slot already booked or held by someone else — the hot-slot losers stop here without a lock.
 */
export function precheckSlot(
  slot: SlotFacts | null,
  actor: BookingActor,
  now: Date,
  canOverride: boolean,
): asserts slot is SlotFacts {
  if (!slot || slot.status === 'blocked') throw new DomainError(BookingErrorCode.SLOT_NOT_FOUND);
  enforceRefusals(slotRefusals(slot, actor.channel, now), canOverride);
  if (slot.status !== 'free' || isHeldByOther(slot, actor.holderIds, now)) {
    throw new DomainError(BookingErrorCode.SLOT_TAKEN);
  }
}

/**
 * Books `slot` for the actor inside the caller's transaction: the patient's lock (so the per-specialty
 * limit holds under concurrency), the patient rules, then the one conditional UPDATE of the slot (rule 1)
 * and the INSERT the unique partial index guards. Never check-then-insert: a loser's UPDATE matches no row.
 */
export async function placeAppointment(
  repos: BookingRepos,
  deps: BookingDeps,
  input: {
    slot: SlotFacts;
    actor: BookingActor;
    /** The booker's account; null for an integration client, which `client` names instead. */
    accountId: string | null;
    client?: { id: string; identifier: string | null };
    now: Date;
    referralId: string | null;
    reason: string | null;
    overrideReason: string | null;
    /** A reschedule: the appointment being moved (left out of the limit; its referral moves along). */
    moving?: { id: string; referralId: string | null };
    /**
     * The ticket sequence taken before the transaction (`inSlotTransaction` with `numbersTicket`); without it,
     * or after a clash, the number is taken here, holding the clinic day's counter row until the commit.
     */
    ticketSequence?: number | null;
  },
): Promise<{ id: string; overridden: Refusal[] }> {
  const { slot, actor, now } = input;
  if (!(await repos.booking.lockPatient(actor.patientId))) {
    throw new DomainError(BookingErrorCode.PATIENT_REQUIRED);
  }
  const facts = await repos.booking.patientFacts(
    actor.patientId,
    slot.specialtyCode,
    now,
    new Date(now.getTime() - deps.policy.noShowWindowDays * DAY_MS),
    input.moving?.id,
  );
  if (!facts) throw new DomainError(BookingErrorCode.PATIENT_REQUIRED);
  const referralId = input.referralId ?? input.moving?.referralId ?? null;
  let referral: ReferralFacts | null = referralId ? await repos.booking.findReferral(referralId) : null;
  if (referral && input.moving && referral.usedByAppointmentId === input.moving.id) {
    referral = { ...referral, usedByAppointmentId: null };
  }
  const canOverride = actor.isRegistrar && input.overrideReason !== null;
  const overridden = enforceRefusals(
    [
      ...slotRefusals(slot, actor.channel, now),
      ...patientRefusals({
        slot,
        patient: facts,
        referral,
        channel: actor.channel,
        now,
        policy: deps.policy,
        hasRebookingPriority:
          slot.isPriority &&
          (await repos.booking.hasRebookingPriority(
            actor.patientId,
            slot.specialtyCode,
            slot.organizationId,
            now,
          )),
      }),
    ],
    canOverride,
  );
  // Only a referral that fits is attached (and used up): never someone else's or another specialty's.
  const usable = referral && isReferralUsable(referral, actor.patientId, slot, now) ? referral : null;
  if (!(await repos.booking.claimSlot(slot.id, actor.holderIds, now, slot.startsAt))) {
    throw new DomainError(BookingErrorCode.SLOT_TAKEN);
  }
  const day = localDate(slot.startsAt, slot.organization.timeZone);
  const prefix = clinicTicketPrefix(slot.organization.shortName);
  for (let attempt = 0; attempt < MAX_CODE_ATTEMPTS; attempt++) {
    const sequence =
      attempt === 0 && input.ticketSequence
        ? input.ticketSequence
        : await repos.booking.nextTicketSequence(slot.organizationId, day);
    // Two clinics may share a short name: after a clash the prefix carries part of the clinic's id.
    const ticketPrefix = attempt === 0 ? prefix : `${prefix}${slot.organizationId.slice(0, 4).toUpperCase()}`;
    const inserted = await repos.booking.insertAppointment({
      slotId: slot.id,
      patientId: actor.patientId,
      code: generateAppointmentCode(),
      ticketNumber: formatTicketNumber(ticketPrefix, day, sequence),
      channel: actor.channel,
      bookedByAccountId: input.accountId,
      bookedByKind: actor.bookedByKind,
      bookedByClientId: input.client?.id ?? null,
      clientIdentifier: input.client?.identifier ?? null,
      reason: input.reason,
      referralId: usable ? usable.id : null,
      overrideReason: overridden.length ? input.overrideReason : null,
      at: now,
    });
    if (inserted === 'slot_taken') throw new DomainError(BookingErrorCode.SLOT_TAKEN);
    if (inserted === 'duplicate_code') continue;
    await repos.slotEvents?.slotBooked(slot.id, actor.patientId, inserted.id, now);
    if (input.moving) await repos.booking.releaseReferral(input.moving.id);
    if (usable) {
      if (!(await repos.booking.useReferral(usable.id, inserted.id))) {
        throw new DomainError(BookingErrorCode.REFERRAL_REQUIRED);
      }
    }
    return { id: inserted.id, overridden };
  }
  throw new Error('could not allocate a unique appointment code');
}
