import type { TWaitlistEntry } from '@talon/contracts';
import { zonedIso } from '@talon/core/booking';
import type { WaitlistEntryView } from '@talon/core/waitlist';

/** A waitlist entry as the API answers it: the offer's times in the clinic's zone with the offset. */
export function presentWaitlistEntry(view: WaitlistEntryView): TWaitlistEntry {
  const offer = view.offer;
  return {
    id: view.id,
    patientId: view.patientId,
    specialty: view.specialty,
    practitioner: view.practitioner,
    organization: view.organization,
    from: view.dateFrom,
    to: view.dateTo,
    reason: view.reason,
    status: view.status,
    appointmentId: view.appointmentId,
    offer: offer
      ? {
          slotId: offer.slotId,
          start: zonedIso(offer.startsAt, offer.timeZone),
          end: zonedIso(offer.endsAt, offer.timeZone),
          timeZone: offer.timeZone,
          expiresAt: zonedIso(offer.expiresAt, offer.timeZone),
          practitioner: offer.practitioner,
          organization: offer.organization,
        }
      : null,
    createdAt: view.createdAt.toISOString(),
  };
}
