import { queryOptions } from '@tanstack/react-query';
import { type ApiSchema, api, dataOf } from '../../shared/api-client';

export type TPractitionerAppointment = ApiSchema<'PractitionerAppointment'>;
export type TPractitionerPatient = ApiSchema<'PractitionerPatient'>;
export type TScheduleView = 'day' | 'week';
export type TAbsenceRequest = ApiSchema<'AbsenceRequest'>;
export type TNewAbsenceRequest = ApiSchema<'NewAbsenceRequestInput'>;

/** Today in the browser's calendar, `YYYY-MM-DD` (the clinic's day for a doctor working there). */
export const todayIso = (): string => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

// Under ['account'] so that logging out drops them (see forgetSession).
export const practiceQueries = {
  schedule: (date: string, view: TScheduleView) =>
    queryOptions({
      queryKey: ['account', 'practice', 'schedule', date, view],
      queryFn: ({ signal }) =>
        dataOf(api.GET('/api/v1/practitioner/appointments', { params: { query: { date, view } }, signal })),
      // Check-ins change no slot, so the live stream does not announce them: look again every half minute.
      refetchInterval: 30_000,
    }),
  patients: (q: string) =>
    queryOptions({
      queryKey: ['account', 'practice', 'patients', q],
      queryFn: ({ signal }) =>
        dataOf(api.GET('/api/v1/practitioner/patients', { params: { query: { q } }, signal })),
      enabled: q.length > 0,
    }),
  absences: () =>
    queryOptions({
      queryKey: ['account', 'practice', 'absences'],
      queryFn: ({ signal }) => dataOf(api.GET('/api/v1/practitioner/absence-requests', { signal })),
    }),
  card: (patientId: string) =>
    queryOptions({
      queryKey: ['account', 'practice', 'card', patientId],
      queryFn: ({ signal }) =>
        dataOf(api.GET('/api/v1/patients/{id}', { params: { path: { id: patientId } }, signal })),
      retry: false,
    }),
};

export const practiceApi = {
  requestAbsence: (body: TNewAbsenceRequest) =>
    dataOf(api.POST('/api/v1/practitioner/absence-requests', { body })),
  outcome: (id: string, outcome: 'fulfilled' | 'noshow') =>
    dataOf(
      api.POST('/api/v1/practitioner/appointments/{id}/outcome', {
        params: { path: { id } },
        body: { outcome },
      }),
    ),
  emergencyAccess: (patientId: string, reason: string) =>
    dataOf(
      api.POST('/api/v1/patients/{id}/emergency-access', {
        params: { path: { id: patientId } },
        body: { reason },
      }),
    ),
};

/** The next patient to see: the earliest visit of the list whose patient has arrived and is not yet seen. */
export const nextArrived = (items: readonly TPractitionerAppointment[]) =>
  items.find((item) => item.status === 'arrived');

/** Where «Начать приём» leads: the visit record of the visit engineer's feature. */
export const visitPath = (patientId: string, appointmentId: string) =>
  `/doctor/patients/${patientId}/visit?appointmentId=${encodeURIComponent(appointmentId)}`;

/** The patient's card in the cabinet; from the schedule it remembers the visit to start. */
export const cardPath = (patientId: string, appointmentId?: string) =>
  `/doctor/patients/${patientId}${appointmentId ? `?appointmentId=${encodeURIComponent(appointmentId)}` : ''}`;
