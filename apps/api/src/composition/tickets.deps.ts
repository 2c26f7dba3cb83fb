import type { AccessDeps } from '@talon/core/access';
import { signTicketPayload, ticketPayloadExpiry } from '@talon/core/booking';
import type { TicketsDeps } from '@talon/core/tickets';
import { createTicketEmailStore, createTicketsRepository } from '@talon/db';
import type { Infrastructure } from './infrastructure';

export const ticketsDeps = (infra: Infrastructure, access: AccessDeps): TicketsDeps => ({
  tickets: createTicketsRepository(infra.db),
  access,
  signPayload: (appointmentId, startsAt) =>
    signTicketPayload(appointmentId, ticketPayloadExpiry(startsAt), infra.ticketKey),
  store: createTicketEmailStore(infra.db, infra.cipher, { afterCommit: infra.afterCommit }),
  clock: infra.clock,
  baseUrl: infra.config.reminders.publicUrl,
});
