import { type ApiSchema, api, dataOf } from '../../shared/api-client';

export type TAppointmentLink = ApiSchema<'AppointmentLink'>;

/** What a reminder link does and its visit; nothing changes (`GET`, safe for mail scanners' prefetch). */
export const describeAppointmentLink = (token: string, signal?: AbortSignal) =>
  dataOf(api.GET('/api/v1/appointment-links/{token}', { params: { path: { token } }, signal }));

/** Does what the link says, once: confirm or cancel; for «change», where to pick a new time. */
export const followAppointmentLink = (token: string, reason: string) =>
  dataOf(
    api.POST('/api/v1/appointment-links/{token}', {
      params: { path: { token } },
      body: reason.trim() ? { reason: reason.trim() } : {},
    }),
  );
