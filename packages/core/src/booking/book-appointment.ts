import { auditAllowed } from '../access';
import type { Principal, RequestOrigin } from '../identity';
import { DomainError } from '../shared';
import { appointmentFor } from './appointment-reading';
import { BookingErrorCode } from './booking.errors';
import type { AppointmentReading } from './booking.types';
import { type BookingDeps, findSlotAndActor } from './booking-deps';
import { enqueueBookingMessage } from './booking-messages';
import { normalizeReason } from './cancellation';
import { placeAppointment } from './place-appointment';
import { inSlotTransaction } from './slot-taken';

export interface BookAppointmentInput {
  slotId: string;
  /** A ward, an adult who consented, or (for a registrar) any patient; the caller when absent. */
  patientId?: string;
  referralId?: string;
  reason?: string;
  /** A registrar overriding a rule (rule 5a: channel, quota, limit, attachment) says why. */
  overrideReason?: string;
  origin: RequestOrigin;
  /**
   * Called once the slot passed the checks that need no lock, right before the booking transaction: an HTTP
   * caller claims its `Idempotency-Key` here, so a booking refused by those checks writes nothing at all.
   */
  beforeWrite?: () => Promise<void>;
}

/**
 * Books a slot (docs/domain.md rules 1–5, 9). Rules that need only the slot are checked first without locks; the
 * booking itself is one transaction: patient rules under the patient's lock, one conditional UPDATE of the
 * slot, the INSERT guarded by the unique partial index, the ticket number, the audit entry and the SMS in
 * the outbox. A loser gets SLOT_TAKEN with up to five alternatives.
 */
export async function bookAppointment(
  deps: BookingDeps,
  principal: Principal,
  input: BookAppointmentInput,
): Promise<AppointmentReading> {
  const now = deps.clock.now();
  const { slot, actor } = await findSlotAndActor(deps, principal, input);
  const overrideReason = normalizeReason(input.overrideReason);
  if (input.overrideReason !== undefined && !overrideReason) {
    throw new DomainError(BookingErrorCode.OVERRIDE_REASON_REQUIRED, { field: 'body.overrideReason' });
  }
  // Only staff may override; for anyone else the field means nothing and the rules apply in full.
  const canOverride = actor.isRegistrar && overrideReason !== null;
  return inSlotTransaction(
    deps.store,
    { slot, actor, now, canOverride, beforeWrite: input.beforeWrite, numbersTicket: true },
    async (repos, slot, ticketSequence) => {
      const placed = await placeAppointment(repos, deps, {
        slot,
        actor,
        ticketSequence,
        accountId: principal.accountId,
        now,
        referralId: input.referralId ?? null,
        reason: normalizeReason(input.reason),
        overrideReason: canOverride ? overrideReason : null,
      });
      const view = (await repos.booking.view(placed.id))!;
      await enqueueBookingMessage(repos, view, 'booking.confirmed', principal.accountId);
      // The audit entries go last: an entry only takes a number (the worker chains it later), so this
      // holds no lock, but the transaction's other work stays the shortest possible.
      const audit = (action: 'appointment.book' | 'override', details: Record<string, unknown>) =>
        auditAllowed(repos, principal, {
          action,
          patientId: actor.patientId,
          basis: actor.basis,
          origin: input.origin,
          at: now,
          recordType: 'appointment',
          recordId: placed.id,
          details,
        });
      await audit('appointment.book', { slotId: slot.id, channel: actor.channel, code: view.code });
      if (placed.overridden.length) {
        // The reason itself stays with the appointment, encrypted (docs/domain.md rule 18).
        await audit('override', { rules: placed.overridden.map((r) => r.code) });
      }
      return appointmentFor(view, actor.view);
    },
    // A repeated submit without the key (same patient, same slot) gets its first result (rule 2).
    async (slot) => {
      const existing = await deps.store.read((repos) => repos.booking.activeInSlot(slot.id));
      if (!existing || existing.patientId !== actor.patientId) return null;
      const view = await deps.store.read((repos) => repos.booking.view(existing.id));
      return view ? appointmentFor(view, actor.view) : null;
    },
  );
}
