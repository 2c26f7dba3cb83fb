import type { AccessDeps } from '@talon/core/access';
import {
  type BookingDeps,
  type ClientBookingDeps,
  type ClinicCancellationDeps,
  DEFAULT_BOOKING_POLICY,
} from '@talon/core/booking';
import { waitlistPolicyOf, waitlistSlotEvents } from '@talon/core/waitlist';
import { createBookingStore, createClientAppointmentReads, createClinicCancellationStore } from '@talon/db';
import type { Infrastructure } from './infrastructure';

/** Booking's deps: the waitlist, reviews and reminder links act through them too. */
export function bookingDeps(infra: Infrastructure, access: AccessDeps): BookingDeps {
  const { db, cipher, clock, config, afterCommit, ticketKey, previousTicketKey } = infra;
  // The waitlist offers slots only to patients the booking rules would let book them (issue 4, item 7).
  const waitlistPolicy = waitlistPolicyOf(config.booking);
  return {
    store: createBookingStore(db, cipher, {
      afterCommit,
      slotEvents: (repos) => waitlistSlotEvents(repos, waitlistPolicy),
    }),
    access,
    clock,
    policy: { ...DEFAULT_BOOKING_POLICY, ...config.booking },
    ticketKey,
    previousTicketKey,
  };
}

export const clinicCancellationDeps = (infra: Infrastructure): ClinicCancellationDeps => ({
  store: createClinicCancellationStore(infra.db, infra.cipher, { afterCommit: infra.afterCommit }),
  clock: infra.clock,
  rebookPriorityHours: infra.config.booking.rebookPriorityHours,
});

/** Integration clients' bookings through FHIR: booking's deps, their reads and the identifiers' keyed hashes. */
export const clientBookingDeps = (infra: Infrastructure, booking: BookingDeps): ClientBookingDeps => ({
  ...booking,
  clientReads: createClientAppointmentReads(infra.db),
  lookupHashes: (normalised) => infra.cipher.lookupHashes(normalised),
});
