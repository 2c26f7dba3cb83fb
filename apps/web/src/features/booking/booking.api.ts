import { queryOptions } from '@tanstack/react-query';
import {
  type ApiQuery,
  type ApiRequestBody,
  type ApiSchema,
  api,
  apiUrl,
  dataOf,
} from '../../shared/api-client';

export type TAppointment = ApiSchema<'Appointment'>;
export type TFreeSlotPage = ApiSchema<'FreeSlotPage'>;
export type SlotHold = ApiSchema<'SlotHold'>;
/** One of `SLOT_TAKEN`'s nearest free slots. */
export type TFreeSlotAlternative = ApiSchema<'SlotAlternative'>;
export type TReferral = ApiSchema<'Referral'>;
export type TAppointmentReview = NonNullable<TAppointment['review']>;
/** `POST /appointments/{id}/review`: a rating 1–5 and an optional comment (up to 2000 characters). */
export type ReviewRequest = ApiRequestBody<'/api/v1/appointments/{id}/review'>;
type BookRequest = ApiRequestBody<'/api/v1/appointments'>;

/** What the time choice is for: one practitioner, narrowed to a clinic and a specialty when known. */
export type SlotScope = Pick<
  ApiQuery<'/api/v1/slots/calendar'>,
  'organization' | 'specialty' | 'patientId' | 'visitType'
> & {
  practitioner: string;
};

const path = (id: string) => ({ params: { path: { id } } });

/**
 * Slot lists change by the second, so they are asked again on every visit — but not by the page right after
 * the route's loader asked them while the page's code was on its way (`choose-time-loader.ts`).
 */
const SLOTS_FRESH_MS = 5_000;

// Under ['booking']: slot lists change by the second, so they are fresh on every visit.
export const bookingQueries = {
  calendar: (scope: SlotScope) =>
    queryOptions({
      queryKey: ['booking', 'calendar', scope],
      queryFn: ({ signal }) =>
        dataOf(api.GET('/api/v1/slots/calendar', { params: { query: scope }, signal })),
      staleTime: SLOTS_FRESH_MS,
    }),
  day: (scope: SlotScope, range: { from: string; to: string } | null) =>
    queryOptions({
      queryKey: ['booking', 'day', scope, range],
      queryFn: ({ signal }) =>
        dataOf(
          api.GET('/api/v1/slots', { params: { query: { ...scope, ...range, pageSize: 100 } }, signal }),
        ),
      enabled: range !== null,
      staleTime: SLOTS_FRESH_MS,
    }),
};

/** The filters of «Мои записи» and of the history (`history-filters.ts`). */
export type AppointmentFilters = ApiQuery<'/api/v1/appointments'>;

// Under ['account'] so that logging out drops them (see forgetSession).
export const appointmentQueries = {
  /** «Мои записи»: the visits in these statuses. */
  list: (filters: { status?: readonly TAppointment['status'][] }) =>
    queryOptions({
      queryKey: ['account', 'appointments', filters],
      queryFn: ({ signal }) =>
        dataOf(
          api.GET('/api/v1/appointments', {
            params: { query: { status: filters.status ? [...filters.status] : undefined, pageSize: 50 } },
            signal,
          }),
        ),
      staleTime: 0,
    }),
  /** A list by the history's filters (built by `history-filters.ts`). */
  search: (filters: AppointmentFilters) =>
    queryOptions({
      queryKey: ['account', 'appointments', 'search', filters],
      queryFn: ({ signal }) =>
        dataOf(api.GET('/api/v1/appointments', { params: { query: filters }, signal })),
      staleTime: 0,
    }),
  one: (appointmentId: string) =>
    queryOptions({
      queryKey: ['account', 'appointments', 'one', appointmentId],
      queryFn: ({ signal }) =>
        dataOf(api.GET('/api/v1/appointments/{id}', { ...path(appointmentId), signal })),
      staleTime: 0,
    }),
};

// Under ['account']: the person's own data, dropped on logout; fresh on every confirmation.
export const referralQueries = {
  /** `GET /referrals?specialty=&usable=true` of the person booked (`patientId` for a ward). */
  usable: (specialty: string, patientId: string | undefined) =>
    queryOptions({
      queryKey: ['account', 'referrals', { specialty, patientId, usable: true }],
      queryFn: ({ signal }) =>
        dataOf(
          api.GET('/api/v1/referrals', {
            params: { query: { specialty, usable: 'true', patientId } },
            signal,
          }),
        ),
      staleTime: 0,
    }),
};

export const bookingApi = {
  hold: (slotId: string, patientId?: string) =>
    dataOf(
      api.POST('/api/v1/slots/{id}/hold', { ...path(slotId), body: patientId ? { patientId } : undefined }),
    ),
  /** One key per confirmation: a repeated click or a retry after a lost answer books once (rule 2). */
  book: (body: BookRequest, idempotencyKey: string) =>
    dataOf(
      api.POST('/api/v1/appointments', { body, params: { header: { 'idempotency-key': idempotencyKey } } }),
    ),
  cancel: (appointmentId: string, reason?: string) =>
    dataOf(
      api.POST('/api/v1/appointments/{id}/cancel', {
        ...path(appointmentId),
        body: reason ? { reason } : undefined,
      }),
    ),
  confirm: (appointmentId: string) =>
    dataOf(api.POST('/api/v1/appointments/{id}/confirm', path(appointmentId))),
  /** Moves the visit to `slotId` in one transaction; answers the new appointment (the old one is `rescheduled`). */
  reschedule: (appointmentId: string, slotId: string) =>
    dataOf(api.POST('/api/v1/appointments/{id}/reschedule', { ...path(appointmentId), body: { slotId } })),
  /** Sends the ticket to the account's email, or to `email` when given; answers the address, masked. */
  emailTicket: (appointmentId: string, email?: string) =>
    dataOf(
      api.POST('/api/v1/appointments/{id}/ticket/email', {
        ...path(appointmentId),
        body: email ? { email } : undefined,
      }),
    ),
  review: (appointmentId: string, body: ReviewRequest) =>
    dataOf(api.POST('/api/v1/appointments/{id}/review', { ...path(appointmentId), body })),
};

/** Links the browser follows itself (a download, a calendar file, the QR image). */
export const ticketLinks = (appointmentId: string) => ({
  pdf: apiUrl('/api/v1/appointments/{id}/ticket.pdf', { path: { id: appointmentId } }),
  ics: apiUrl('/api/v1/appointments/{id}/ticket.ics', { path: { id: appointmentId } }),
  qr: apiUrl('/api/v1/appointments/{id}/ticket-qr.svg', { path: { id: appointmentId } }),
});

/** `SLOT_TAKEN`'s nearest free slots, when the server sent them. */
export function alternativesOf(body: unknown): TFreeSlotAlternative[] {
  if (typeof body !== 'object' || body === null) return [];
  const list = (body as Partial<ApiSchema<'SlotTakenProblem'>>).alternatives;
  return Array.isArray(list) ? list : [];
}
