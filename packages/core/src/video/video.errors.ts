/** Error codes of video visits (mapped to HTTP and Russian text by the API); see docs/video-visits.md. */
export const VideoErrorCode = {
  /**
   * No room for this caller: the appointment does not exist, is not a video visit, the caller is neither its
   * patient (or their representative) nor its practitioner, or the room is closed (more than 15 minutes
   * before the start, or the visit is over). One answer for all, so a stranger learns nothing (rule 16).
   */
  VIDEO_ROOM_NOT_FOUND: 'VIDEO_ROOM_NOT_FOUND',
  /** Only the visit's practitioner admits the patient from the waiting room. */
  VIDEO_ADMIT_PRACTITIONER_ONLY: 'VIDEO_ADMIT_PRACTITIONER_ONLY',
  /** A signalling message too large for the channel (a session description of several kilobytes is fine). */
  VIDEO_SIGNAL_TOO_LARGE: 'VIDEO_SIGNAL_TOO_LARGE',
  /** The file to share is not the caller's own unattached upload (someone else's, already attached, unknown). */
  VIDEO_FILE_INVALID: 'VIDEO_FILE_INVALID',
} as const;
export type VideoErrorCode = (typeof VideoErrorCode)[keyof typeof VideoErrorCode];
