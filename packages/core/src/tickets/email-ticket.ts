import type { AuditLog } from '../audit';
import type { OutboxPort, Principal, RequestOrigin } from '../identity';
import { buildDedupeKey } from '../messaging';
import { type Clock, DomainError } from '../shared';
import { getTicket, type TicketDeps } from './get-ticket';
import { TicketEmailErrorCode } from './tickets.errors';
import type { TicketEmailRepository, TicketView } from './tickets.types';

/** How many times one ticket may be emailed in an hour: enough for a typo, too few to spam anyone. */
export const TICKET_EMAILS_PER_HOUR = 3;
const HOUR_MS = 3_600_000;
const EVENT = 'ticket.emailed';

export interface TicketEmailRepos {
  ticketEmails: TicketEmailRepository;
  outbox: OutboxPort;
  audit: AuditLog;
}

export interface TicketEmailStore {
  transaction<T>(work: (repos: TicketEmailRepos) => Promise<T>): Promise<T>;
}

/** What the tickets' use cases need: the ticket's own deps, and the email's store, clock and address. */
export interface TicketEmailDeps extends TicketDeps {
  store: TicketEmailStore;
  clock: Clock;
}

/** `anna@example.ru` → `a***@example.ru`: enough for the person to recognise it, little for onlookers. */
export function maskEmail(address: string): string {
  const at = address.lastIndexOf('@');
  return `${address.slice(0, 1)}***${address.slice(at)}`;
}

/** The email's values: the ticket without the patient's name (a mailbox may be shared). */
export function ticketEmailPayload(ticket: TicketView, baseUrl: string): Record<string, string> {
  const api = `${baseUrl}/api/v1/appointments/${ticket.appointmentId}`;
  return {
    appointmentCode: ticket.code,
    ticketNumber: ticket.ticketNumber,
    date: ticket.date,
    time: ticket.time,
    zone: ticket.timeZoneName,
    clinic: ticket.organizationName,
    ...(ticket.roomUrl ? { roomLink: ticket.roomUrl } : { address: ticket.address }),
    ...(ticket.room ? { room: ticket.room } : {}),
    practitioner: ticket.practitionerName,
    specialty: ticket.specialty,
    link: `/appointments/${ticket.appointmentId}`,
    pdfUrl: `${api}/ticket.pdf`,
    icsUrl: `${api}/ticket.ics`,
  };
}

/**
 * Emails the ticket of a visit (issue 6) to the given address or the account's own, through the outbox.
 * Whoever may read the ticket may send it; a few sends per ticket an hour (the audit log counts them).
 * A double submit within the same minute to the same address is one message; a later one is a new one.
 */
export async function emailTicket(
  deps: TicketEmailDeps,
  principal: Principal,
  input: { appointmentId: string; email?: string; origin: RequestOrigin },
): Promise<{ sentTo: string }> {
  const ticket = await getTicket(deps, principal, input);
  const now = deps.clock.now();
  return deps.store.transaction(async (repos) => {
    const address = (input.email ?? (await repos.ticketEmails.accountEmail(principal.accountId)))
      ?.trim()
      .toLowerCase();
    if (!address) throw new DomainError(TicketEmailErrorCode.EMAIL_REQUIRED, { field: 'body.email' });
    await repos.ticketEmails.lockAppointment(ticket.appointmentId);
    const sent = await repos.ticketEmails.sentSince(ticket.appointmentId, new Date(now.getTime() - HOUR_MS));
    if (sent.length >= TICKET_EMAILS_PER_HOUR) {
      const oldest = sent[sent.length - TICKET_EMAILS_PER_HOUR]!;
      throw new DomainError(TicketEmailErrorCode.TICKET_EMAIL_RATE_LIMITED, {
        params: { limit: TICKET_EMAILS_PER_HOUR },
        retryAfterSeconds: Math.max(1, Math.ceil((oldest.getTime() + HOUR_MS - now.getTime()) / 1000)),
      });
    }
    const minute = now.toISOString().slice(0, 16);
    const { isNew } = await repos.outbox.enqueue({
      event: EVENT,
      channel: 'email',
      recipient: address,
      accountId: principal.accountId,
      template: 'ticket_email',
      payload: ticketEmailPayload(ticket, deps.baseUrl),
      dedupeKey: buildDedupeKey({
        event: EVENT,
        eventId: `${ticket.appointmentId}@${minute}`,
        channel: 'email',
        recipient: address,
      }),
    });
    if (isNew) {
      await repos.audit.record({
        actorAccountId: principal.accountId,
        actorRole: principal.roles[0]?.role ?? null,
        subjectPatientId: ticket.patientId,
        action: 'appointment.ticket_email',
        recordType: 'appointment',
        recordId: ticket.appointmentId,
        outcome: 'success',
        ip: input.origin.ip,
        userAgent: input.origin.userAgent,
        details: { sentTo: maskEmail(address) },
        occurredAt: now,
      });
    }
    return { sentTo: maskEmail(address) };
  });
}
