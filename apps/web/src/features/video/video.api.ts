import { api, apiUrl, dataOf } from '../../shared/api-client';

type SignalBody =
  | { kind: 'offer' | 'answer'; sdp: string }
  | { kind: 'ice'; candidate: string; sdpMid: string | null; sdpMLineIndex: number | null }
  | { kind: 'chat'; text: string }
  | { kind: 'ready' | 'leave' };

const path = (appointmentId: string) => ({ params: { path: { appointmentId } } });

/** The video room's calls (docs/video-visits.md). */
export const videoApi = {
  /** Joins the room (audited): its state, the caller's side, the ICE servers. */
  room: (appointmentId: string, signal?: AbortSignal) =>
    dataOf(api.GET('/api/v1/visits/{appointmentId}/room', { ...path(appointmentId), signal })),
  eventsUrl: (appointmentId: string) =>
    apiUrl('/api/v1/visits/{appointmentId}/room/events', { path: { appointmentId } }),
  signal: (appointmentId: string, body: SignalBody) =>
    dataOf(api.POST('/api/v1/visits/{appointmentId}/room/signal', { ...path(appointmentId), body })),
  admit: (appointmentId: string) =>
    dataOf(api.POST('/api/v1/visits/{appointmentId}/room/admit', path(appointmentId))),
  /** Uploads a file (`multipart/form-data`, field `file`) to share it in the room next. */
  upload: (file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return dataOf(api.POST('/api/v1/uploads', { body: { file: file.name }, bodySerializer: () => form }));
  },
  /** Shares the caller's upload in the room: the other side hears `file`. */
  shareFile: (appointmentId: string, uploadId: string, name: string) =>
    dataOf(
      api.POST('/api/v1/visits/{appointmentId}/room/files', {
        ...path(appointmentId),
        body: { uploadId, name },
      }),
    ),
  /** Where a shared file is read (the visit's two sides only). */
  fileUrl: (id: string) => apiUrl('/api/v1/uploads/{id}', { path: { id } }),
  phone: (appointmentId: string) =>
    dataOf(api.POST('/api/v1/visits/{appointmentId}/room/phone', path(appointmentId))),
  /** The practitioner finishes the visit (the doctor cabinet's outcome): the room closes. */
  finish: (appointmentId: string) =>
    dataOf(
      api.POST('/api/v1/practitioner/appointments/{id}/outcome', {
        params: { path: { id: appointmentId } },
        body: { outcome: 'fulfilled' },
      }),
    ),
};

export type TVideoRoom = Awaited<ReturnType<typeof videoApi.room>>;
export type TSignalBody = SignalBody;
