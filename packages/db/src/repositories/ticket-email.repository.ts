import type { TicketEmailRepository, TicketEmailStore } from '@talon/core/tickets';
import { and, asc, eq, gt } from 'drizzle-orm';
import type { Database, DbExecutor } from '../client';
import type { FieldCipher } from '../crypto/field-cipher';
import { appointments, auditEvents } from '../schema';
import { createAuditRepository } from './audit.repository';
import { accountEmail } from './identity/account-email';
import { createTransactionOutbox } from './outbox.repository';
import { outboxTransaction, type StoreOptions } from './unit-of-work';

/**
 * Emailing tickets: the account's address and the sends of the last hour. The audit log is the counter
 * (every send is audited anyway); its (action, occurred_at) index keeps the count a short range scan.
 */
export function createTicketEmailRepository(db: DbExecutor): TicketEmailRepository {
  return {
    accountEmail: (accountId) => accountEmail(db, accountId),
    async lockAppointment(appointmentId) {
      await db
        .select({ id: appointments.id })
        .from(appointments)
        .where(eq(appointments.id, appointmentId))
        .for('update');
    },
    async sentSince(appointmentId, since) {
      const rows = await db
        .select({ at: auditEvents.occurredAt })
        .from(auditEvents)
        .where(
          and(
            eq(auditEvents.action, 'appointment.ticket_email'),
            gt(auditEvents.occurredAt, since),
            eq(auditEvents.recordId, appointmentId),
          ),
        )
        .orderBy(asc(auditEvents.occurredAt));
      return rows.map((row) => row.at);
    },
  };
}

/** The unit of work of emailing a ticket: the count, the outbox row and the audit entry together. */
export function createTicketEmailStore(
  db: Database,
  cipher: FieldCipher,
  options: StoreOptions = {},
): TicketEmailStore {
  return {
    transaction: outboxTransaction(db, options, (tx, written) => ({
      ticketEmails: createTicketEmailRepository(tx),
      outbox: createTransactionOutbox(tx, cipher, written),
      audit: createAuditRepository(tx),
    })),
  };
}
