import { APPOINTMENT_STATUSES, type AppointmentStatus } from './booking.types';

/**
 * The allowed status changes (docs/domain.md §2). A visit is confirmed, checked in (arrived) and fulfilled; it can
 * be cancelled or moved while it has not started; a practitioner marks a no-show. `fulfilled` from
 * `booked`/`confirmed` covers a patient seen without checking in at the desk.
 */
const TRANSITIONS: Record<AppointmentStatus, readonly AppointmentStatus[]> = {
  // A booked visit may go to every other status.
  booked: APPOINTMENT_STATUSES.filter((status) => status !== 'booked'),
  confirmed: ['arrived', 'fulfilled', 'cancelled_by_patient', 'cancelled_by_clinic', 'rescheduled', 'noshow'],
  arrived: ['fulfilled'],
  fulfilled: [],
  cancelled_by_patient: [],
  cancelled_by_clinic: [],
  rescheduled: [],
  noshow: [],
};

/** True when an appointment may go from `from` to `to`. */
export function canTransition(from: AppointmentStatus, to: AppointmentStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** The statuses from which `to` may be reached: the WHERE of the conditional update. */
export function statusesLeadingTo(to: AppointmentStatus): AppointmentStatus[] {
  return (Object.keys(TRANSITIONS) as AppointmentStatus[]).filter((from) => TRANSITIONS[from].includes(to));
}
