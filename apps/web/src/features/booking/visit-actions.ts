import type { TAppointment } from './booking.api';

type VisitFacts = Pick<
  TAppointment,
  'id' | 'status' | 'slot' | 'practitioner' | 'organization' | 'specialty'
>;

/** Statuses of a visit still to come: it has a ticket (QR, PDF, email) and shows in «Мои записи». */
export const UPCOMING_STATUSES = ['booked', 'confirmed', 'arrived'] as const;

/** Statuses of the history: visits that took place, did not, or will not (cancelled, moved). */
export const PAST_STATUSES = [
  'fulfilled',
  'noshow',
  'cancelled_by_patient',
  'cancelled_by_clinic',
  'rescheduled',
] as const;

const has = (list: readonly string[], status: string) => list.includes(status);

/** The ticket is worth showing (QR code, PDF, email) while the visit is ahead. */
export const hasLiveTicket = (visit: Pick<TAppointment, 'status'>): boolean =>
  has(UPCOMING_STATUSES, visit.status);

/**
 * A visit can be moved while it is booked or confirmed and has not started (the server's rule; asking it
 * for a visit that cannot move would only answer a conflict).
 */
export function isReschedulable(visit: VisitFacts, now: Date): boolean {
  return (
    (visit.status === 'booked' || visit.status === 'confirmed') &&
    Date.parse(visit.slot.start) > now.getTime()
  );
}

/** The time choice for the same doctor, clinic and specialty, in the mode that moves `visit` there. */
export function rescheduleHref(visit: VisitFacts): string {
  const search = new URLSearchParams({
    practitioner: visit.practitioner.id,
    organization: visit.organization.id,
    specialty: visit.specialty.code,
    reschedule: visit.id,
  });
  return `/book?${search.toString()}`;
}
