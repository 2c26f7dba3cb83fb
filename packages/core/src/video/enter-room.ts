import { type AccessBasis, AccessErrorCode, auditAllowed, authorizePatient } from '../access';
import type { Principal, RequestOrigin } from '../identity';
import { DomainError, isDomainError } from '../shared';
import { isVisitPractitioner, PATIENT_SIDE_BASES } from './room-participant';
import { isRoomOpen } from './room-window';
import { VideoErrorCode } from './video.errors';
import type { VideoDeps } from './video.ports';
import type { VideoAppointment, VideoParticipant } from './video.types';

/** A participant let into an open room: the appointment, which side they are, on what basis. */
export interface RoomEntry {
  appointment: VideoAppointment;
  role: VideoParticipant;
  basis: AccessBasis;
}

const notFound = () => new DomainError(VideoErrorCode.VIDEO_ROOM_NOT_FOUND);

/**
 * Who may be in the room of an appointment (issue 17 item 1): its practitioner (still working at its
 * clinic as a doctor or nurse), or its patient and their representative under the access policy's `medical`
 * purpose (a parent a teenager has not let in is refused, as for the record). Only while the room is open
 * (`isRoomOpen`). Everyone else — another doctor of the clinic, the registry, a stranger — and a closed room
 * get the same "not found" (rule 16); the policy audits its refusals.
 */
export async function enterRoom(
  deps: VideoDeps,
  principal: Principal,
  input: { appointmentId: string; origin: RequestOrigin },
): Promise<RoomEntry> {
  const appointment = await deps.rooms.findAppointment(input.appointmentId);
  if (!appointment || !isRoomOpen(appointment, deps.clock.now())) throw notFound();
  if (isVisitPractitioner(principal, appointment)) {
    return { appointment, role: 'practitioner', basis: 'care' };
  }
  if (!principal.patientId) throw notFound();
  let basis: AccessBasis;
  try {
    basis = await authorizePatient(deps.access, principal, appointment.patientId, 'medical', input.origin, {
      organizationId: appointment.organizationId,
    });
  } catch (error) {
    if (isDomainError(error) && error.code === AccessErrorCode.PATIENT_NOT_FOUND) throw notFound();
    throw error;
  }
  if (!PATIENT_SIDE_BASES.has(basis)) throw notFound();
  return { appointment, role: 'patient', basis };
}

/** Writes the audit entry of a join: every join of a room, by either side, is in the patient's trail. */
export async function auditJoin(
  deps: VideoDeps,
  principal: Principal,
  entry: RoomEntry,
  origin: RequestOrigin,
): Promise<void> {
  await deps.access.access.transaction((repos) =>
    auditAllowed(repos, principal, {
      action: 'video.join',
      patientId: entry.appointment.patientId,
      basis: entry.basis,
      origin,
      at: deps.clock.now(),
      recordType: 'appointment',
      recordId: entry.appointment.appointmentId,
      details: { role: entry.role },
    }),
  );
}
