import type { Principal } from '../identity';
import type { VideoAppointment } from './video.types';

/**
 * The visit's practitioner, while they still work at its clinic as a doctor or nurse. Another practitioner
 * of the same clinic is not a participant: the room is the visit's two sides only.
 */
export const isVisitPractitioner = (
  principal: {
    practitionerId: Principal['practitionerId'];
    roles: readonly { role: string; organizationId: string | null }[];
  },
  appointment: Pick<VideoAppointment, 'practitionerId' | 'organizationId'>,
) =>
  principal.practitionerId !== null &&
  principal.practitionerId === appointment.practitionerId &&
  principal.roles.some(
    (g) => (g.role === 'doctor' || g.role === 'nurse') && g.organizationId === appointment.organizationId,
  );

/** Bases of the access policy that make someone the patient's side of the visit (the person or a representative). */
export const PATIENT_SIDE_BASES = new Set(['self', 'representative']);
