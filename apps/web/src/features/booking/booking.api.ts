import type { TAppointment, TFreeSlot, TFreeSlotPage, TReferralList, TSlotCalendar } from '@talon/contracts';
import { queryOptions } from '@tanstack/react-query';
import { API_BASE, apiGet, apiSend } from '../../shared/api-client';

/** What the time choice is for: one practitioner, narrowed to a clinic and a specialty when known. */
export interface SlotScope {
  practitioner: string;
  organization?: string | undefined;
  specialty?: string | undefined;
  /** Whom the visit is for: a ward's age and quota apply to what is offered. */
  patientId?: string | undefined;
}

export interface SlotHold {
  slotId: string;
  heldUntil: string;
}

export interface AppointmentList {
  items: TAppointment[];
  total: number;
  page: number;
  pageSize: number;
}

/** `POST /appointments/{id}/ticket/email` (202): the address the ticket went to, masked. */
export interface TicketEmailSent {
  sentTo: string;
}

export type TAppointmentReview = NonNullable<TAppointment['review']>;

/** `POST /appointments/{id}/review`: a rating 1–5 and an optional comment (up to 2000 characters). */
export interface ReviewRequest {
  rating: number;
  comment?: string | undefined;
}

export interface BookRequest {
  slotId: string;
  patientId?: string | undefined;
  /** A usable referral of the person to the slot's specialty, when the specialty needs one. */
  referralId?: string | undefined;
  reason?: string | undefined;
}

const id = (value: string) => encodeURIComponent(value);

// Under ['booking']: slot lists change by the second, so they are fresh on every visit.
export const bookingQueries = {
  calendar: (scope: SlotScope) =>
    queryOptions({
      queryKey: ['booking', 'calendar', scope],
      queryFn: ({ signal }) => apiGet<TSlotCalendar>('/slots/calendar', { ...scope }, signal),
      staleTime: 0,
    }),
  day: (scope: SlotScope, range: { from: string; to: string } | null) =>
    queryOptions({
      queryKey: ['booking', 'day', scope, range],
      queryFn: ({ signal }) => apiGet<TFreeSlotPage>('/slots', { ...scope, ...range, pageSize: 100 }, signal),
      enabled: range !== null,
      staleTime: 0,
    }),
};

// Under ['account'] so that logging out drops them (see forgetSession).
export const appointmentQueries = {
  list: (filters: { status?: readonly string[] }) =>
    queryOptions({
      queryKey: ['account', 'appointments', filters],
      queryFn: ({ signal }) => {
        const search = new URLSearchParams({ pageSize: '50' });
        for (const status of filters.status ?? []) search.append('status', status);
        return apiGet<AppointmentList>(`/appointments?${search.toString()}`, undefined, signal);
      },
      staleTime: 0,
    }),
  /** A list by a ready query string (the history's filters, built by `history-filters.ts`). */
  search: (query: string) =>
    queryOptions({
      queryKey: ['account', 'appointments', 'search', query],
      queryFn: ({ signal }) => apiGet<AppointmentList>(`/appointments?${query}`, undefined, signal),
      staleTime: 0,
    }),
  one: (appointmentId: string) =>
    queryOptions({
      queryKey: ['account', 'appointments', 'one', appointmentId],
      queryFn: ({ signal }) => apiGet<TAppointment>(`/appointments/${id(appointmentId)}`, undefined, signal),
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
        apiGet<TReferralList>('/referrals', { specialty, usable: 'true', patientId }, signal),
      staleTime: 0,
    }),
};

export const bookingApi = {
  hold: (slotId: string, patientId?: string) =>
    apiSend<SlotHold>('POST', `/slots/${id(slotId)}/hold`, patientId ? { patientId } : undefined),
  /** One key per confirmation: a repeated click or a retry after a lost answer books once (rule 2). */
  book: (body: BookRequest, idempotencyKey: string) =>
    apiSend<TAppointment>('POST', '/appointments', body, undefined, { 'Idempotency-Key': idempotencyKey }),
  cancel: (appointmentId: string, reason?: string) =>
    apiSend<TAppointment>(
      'POST',
      `/appointments/${id(appointmentId)}/cancel`,
      reason ? { reason } : undefined,
    ),
  confirm: (appointmentId: string) =>
    apiSend<TAppointment>('POST', `/appointments/${id(appointmentId)}/confirm`),
  /** Moves the visit to `slotId` in one transaction; answers the new appointment (the old one is `rescheduled`). */
  reschedule: (appointmentId: string, slotId: string) =>
    apiSend<TAppointment>('POST', `/appointments/${id(appointmentId)}/reschedule`, { slotId }),
  /** Sends the ticket to the account's email, or to `email` when given. */
  emailTicket: (appointmentId: string, email?: string) =>
    apiSend<TicketEmailSent>(
      'POST',
      `/appointments/${id(appointmentId)}/ticket/email`,
      email ? { email } : undefined,
    ),
  review: (appointmentId: string, body: ReviewRequest) =>
    apiSend<unknown>('POST', `/appointments/${id(appointmentId)}/review`, body),
};

/** Links the browser follows itself (a download, a calendar file, the QR image). */
export const ticketLinks = (appointmentId: string) => ({
  pdf: `${API_BASE}/appointments/${id(appointmentId)}/ticket.pdf`,
  ics: `${API_BASE}/appointments/${id(appointmentId)}/ticket.ics`,
  qr: `${API_BASE}/appointments/${id(appointmentId)}/ticket-qr.svg`,
});

/** `SLOT_TAKEN`'s nearest free slots, when the server sent them. */
export function alternativesOf(body: unknown): TFreeSlotAlternative[] {
  if (typeof body !== 'object' || body === null) return [];
  const list = (body as { alternatives?: unknown }).alternatives;
  return Array.isArray(list) ? (list as TFreeSlotAlternative[]) : [];
}

export type TFreeSlotAlternative = Pick<TFreeSlot, 'id' | 'start' | 'end' | 'timeZone' | 'room'> & {
  organization: { id: string; name: string };
  practitioner: { id: string; name: string };
};
