import { queryOptions } from '@tanstack/react-query';
import { type ApiRequestBody, type ApiSchema, api, dataOf } from '../../shared/api-client';

export type TFoundPatient = ApiSchema<'FoundPatient'>;
export type TPatientCard = ApiSchema<'PatientCard'>;
export type TQueueLine = ApiSchema<'QueueLine'>;
export type TDeskWaitlistEntry = ApiSchema<'DeskWaitlistEntry'>;
export type TDeskLink = ApiSchema<'DeskLink'>;
export type DeskSearchBody = ApiRequestBody<'/api/v1/registry/patients/search'>;
export type WalkInBody = ApiRequestBody<'/api/v1/registry/patients'>;
export type CheckInBody = ApiRequestBody<'/api/v1/checkin'>;
export type DeskAttachBody = ApiRequestBody<'/api/v1/registry/patients/{id}/attachment'>;

// Under ['account'] so that logging out drops what the desk has seen (see forgetSession).
export const deskQueries = {
  /** A person's card as the access policy lets the desk see it (audited by the server). */
  card: (patientId: string) =>
    queryOptions({
      queryKey: ['account', 'registry', 'card', patientId],
      queryFn: ({ signal }) =>
        dataOf(api.GET('/api/v1/patients/{id}', { params: { path: { id: patientId } }, signal })),
    }),
  /** The person's visits at the desk's clinics, newest first (the server narrows the list to them). */
  appointments: (patientId: string) =>
    queryOptions({
      queryKey: ['account', 'registry', 'appointments', patientId],
      queryFn: ({ signal }) =>
        dataOf(api.GET('/api/v1/appointments', { params: { query: { patientId, pageSize: 50 } }, signal })),
      staleTime: 0,
    }),
  /** The person's waitlist entries, each marked whether the desk may take it off the list (audited). */
  waitlist: (patientId: string) =>
    queryOptions({
      queryKey: ['account', 'registry', 'waitlist', patientId],
      queryFn: ({ signal }) =>
        dataOf(
          api.GET('/api/v1/registry/patients/{patientId}/waitlist', {
            params: { path: { patientId } },
            signal,
          }),
        ),
    }),
  /** The person's representatives and wards: names and relation only (audited). */
  representatives: (patientId: string) =>
    queryOptions({
      queryKey: ['account', 'registry', 'representatives', patientId],
      queryFn: ({ signal }) =>
        dataOf(
          api.GET('/api/v1/registry/patients/{patientId}/representatives', {
            params: { path: { patientId } },
            signal,
          }),
        ),
    }),
  /** Today's queue of the registrar's clinic for the hall's board: ticket numbers and initials. */
  queue: () =>
    queryOptions({
      queryKey: ['account', 'registry', 'queue'],
      queryFn: ({ signal }) => dataOf(api.GET('/api/v1/registry/queue', { signal })),
    }),
};

export const deskApi = {
  /** A POST: identifiers travel in the body, never in a URL that proxies log. */
  search: (body: DeskSearchBody) => dataOf(api.POST('/api/v1/registry/patients/search', { body })),
  /** A walk-in without an account (issue 13); a SNILS on file answers 409 with that card's id. */
  registerWalkIn: (body: WalkInBody) => dataOf(api.POST('/api/v1/registry/patients', { body })),
  /** The visit becomes `arrived`: by the ticket's QR payload (camera) or its typed code. */
  /** Attaches the person to one of the registrar's clinics at once (issue 13 item 2; audited, the patient told). */
  attach: (patientId: string, body: DeskAttachBody) =>
    dataOf(
      api.POST('/api/v1/registry/patients/{id}/attachment', { params: { path: { id: patientId } }, body }),
    ),
  /** Takes a waitlist entry off the list on the caller's request (audited; the patient is told). */
  removeWaitlistEntry: (patientId: string, entryId: string) =>
    dataOf(
      api.DELETE('/api/v1/registry/patients/{patientId}/waitlist/{entryId}', {
        params: { path: { patientId, entryId } },
      }),
    ),
  checkIn: (body: CheckInBody) => dataOf(api.POST('/api/v1/checkin', { body })),
};

export type { TAppointment } from '../booking/booking.api';
