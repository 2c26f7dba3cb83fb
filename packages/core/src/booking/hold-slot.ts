import type { Principal, RequestOrigin } from '../identity';
import { DomainError } from '../shared';
import { BookingErrorCode } from './booking.errors';
import type { SlotFacts } from './booking.types';
import { type BookingActor, type BookingDeps, findSlotAndActor } from './booking-deps';
import { patientRefusals } from './booking-rules';
import { enforceRefusals } from './place-appointment';
import { inSlotTransaction } from './slot-taken';

const DAY_MS = 86_400_000;

/**
 * Holds a slot for the patient for a few minutes while they confirm (issue item 4): one hold per patient
 * (a new one releases the previous), it simply expires, and booking the held slot by its holder always
 * succeeds while nobody else can book it. A slot the patient could not book is not held either.
 */
export async function holdSlot(
  deps: BookingDeps,
  principal: Principal,
  input: { slotId: string; patientId?: string; origin: RequestOrigin },
): Promise<{ slotId: string; heldUntil: Date }> {
  const now = deps.clock.now();
  const { slot, actor } = await findSlotAndActor(deps, principal, input);
  return holdFor(deps, slot, actor, now);
}

/** Holds the slot for the actor's patient after the rules a hold checks (the booking and the FHIR `$hold`). */
export function holdFor(
  deps: BookingDeps,
  slot: SlotFacts | null,
  actor: BookingActor,
  now: Date,
): Promise<{ slotId: string; heldUntil: Date }> {
  const heldUntil = new Date(now.getTime() + deps.policy.holdMinutes * 60_000);
  return inSlotTransaction(deps.store, { slot, actor, now, canOverride: false }, async (repos, slot) => {
    const facts = await repos.booking.patientFacts(
      actor.patientId,
      slot.specialtyCode,
      now,
      new Date(now.getTime() - deps.policy.noShowWindowDays * DAY_MS),
    );
    if (!facts) throw new DomainError(BookingErrorCode.PATIENT_REQUIRED);
    // The referral is checked when booking (it is chosen then); the other rules now.
    const refusals = patientRefusals({
      slot,
      patient: facts,
      referral: null,
      channel: actor.channel,
      now,
      policy: deps.policy,
    }).filter((r) => r.code !== BookingErrorCode.REFERRAL_REQUIRED);
    enforceRefusals(refusals, false);
    if (!(await repos.booking.hold(slot.id, actor.patientId, heldUntil, now))) {
      throw new DomainError(BookingErrorCode.SLOT_TAKEN);
    }
    return { slotId: slot.id, heldUntil };
  });
}
