import type { TAppointmentStatus } from '@talon/contracts';
import type { AppointmentFilterInput } from '@talon/core/booking';
import type { RequestOrigin } from '@talon/core/identity';

/** The list's query filters (`status` once or repeated) as the use cases take them; exports share them. */
export function appointmentFilters(
  query: {
    status?: TAppointmentStatus | TAppointmentStatus[];
    from?: Date;
    to?: Date;
    patientId?: string;
    practitioner?: string;
  },
  origin: RequestOrigin,
): AppointmentFilterInput {
  const { status, from, to, patientId, practitioner } = query;
  return {
    statuses: status === undefined ? undefined : Array.isArray(status) ? status : [status],
    from,
    to,
    patientId,
    practitionerId: practitioner,
    origin,
  };
}
