import { shareFile } from './share-file';
import { admitPatient, joinRoom, roomParticipant, sendSignal, switchToPhone } from './video-room';

/** Video visits: the room of a video appointment and its signalling channel (docs/video-visits.md). */
export const videoUseCases = {
  join: joinRoom,
  participant: roomParticipant,
  signal: sendSignal,
  admit: admitPatient,
  switchToPhone,
  shareFile,
};
