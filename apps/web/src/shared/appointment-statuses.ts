import type { ApiSchema } from './api-client';
import { everyKey } from './every-key';

export type TAppointmentStatus = ApiSchema<'AppointmentStatus'>;

/** An appointment's statuses in their life's order, as «Мои записи» names them (`booking.statuses`). */
export const APPOINTMENT_STATUSES: readonly TAppointmentStatus[] = everyKey<TAppointmentStatus>({
  booked: true,
  confirmed: true,
  arrived: true,
  fulfilled: true,
  cancelled_by_patient: true,
  cancelled_by_clinic: true,
  rescheduled: true,
  noshow: true,
});

export const isAppointmentStatus = (status: string): status is TAppointmentStatus =>
  (APPOINTMENT_STATUSES as readonly string[]).includes(status);
