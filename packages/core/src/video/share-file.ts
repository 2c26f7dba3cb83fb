import { auditAllowed } from '../access';
import { AuditAction } from '../audit';
import type { Principal, RequestOrigin } from '../identity';
import { DomainError } from '../shared';
import { enterRoom } from './enter-room';
import { VideoErrorCode } from './video.errors';
import type { VideoDeps } from './video.ports';
import type { VideoFileMessage } from './video.types';

/** A file name shown in the chat is cut to this many characters. */
const MAX_FILE_NAME = 200;

/**
 * Shares a file in the room: the caller's own unattached upload (made through `POST /uploads`) is attached
 * to the appointment (`video_room`), so the visit's two sides — and nobody else — read it through the
 * uploads (`attachment-facts`); the other side hears a `file` message. Only a participant of an open room
 * ("not found" otherwise); the share is audited in the patient's trail.
 */
export async function shareFile(
  deps: VideoDeps,
  principal: Principal,
  input: { appointmentId: string; origin: RequestOrigin; uploadId: string; name?: string | null },
): Promise<VideoFileMessage> {
  const entry = await enterRoom(deps, principal, input);
  const at = deps.clock.now();
  const attached = await deps.rooms.attachFile({
    uploadId: input.uploadId,
    ownerAccountId: principal.accountId,
    appointmentId: input.appointmentId,
    at,
  });
  if (!attached) throw new DomainError(VideoErrorCode.VIDEO_FILE_INVALID, { field: 'body.uploadId' });
  await deps.access.access.transaction((repos) =>
    auditAllowed(repos, principal, {
      action: AuditAction.VIDEO_FILE_SHARE,
      patientId: entry.appointment.patientId,
      basis: entry.basis,
      origin: input.origin,
      at,
      recordType: 'appointment',
      recordId: entry.appointment.appointmentId,
      details: { role: entry.role, uploadId: input.uploadId },
    }),
  );
  const message: VideoFileMessage = {
    kind: 'file',
    uploadId: input.uploadId,
    name: input.name?.trim().slice(0, MAX_FILE_NAME) || null,
    contentType: attached.contentType,
    size: attached.size,
  };
  await deps.signals.publish({ appointmentId: input.appointmentId, from: entry.role, body: message });
  return message;
}
