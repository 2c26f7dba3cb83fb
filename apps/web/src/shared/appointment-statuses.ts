import { APPOINTMENT_STATUSES } from '@talon/vocabulary';
import type { ApiSchema } from './api-client';

export type TAppointmentStatus = ApiSchema<'AppointmentStatus'>;

/** An appointment's statuses in their life's order, as «Мои записи» names them (`booking.statuses`). */
export { APPOINTMENT_STATUSES };

export const isAppointmentStatus = (status: string): status is TAppointmentStatus =>
  (APPOINTMENT_STATUSES as readonly string[]).includes(status);
