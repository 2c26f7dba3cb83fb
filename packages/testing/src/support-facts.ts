import { type Database, schema } from '@talon/db';
import { eq, sql } from 'drizzle-orm';

/** The stored rows of a support ticket's conversation (to check the text is encrypted at rest). */
export function supportMessageRows(db: Database, ticketId: string) {
  return db.select().from(schema.supportMessages).where(eq(schema.supportMessages.ticketId, ticketId));
}

/** Moves a support ticket's opening back by `hours` (to measure a response time that took that long). */
export async function ageSupportTicket(db: Database, ticketId: string, hours: number) {
  await db
    .update(schema.supportTickets)
    .set({ createdAt: sql`${schema.supportTickets.createdAt} - make_interval(hours => ${hours})` })
    .where(eq(schema.supportTickets.id, ticketId));
}
