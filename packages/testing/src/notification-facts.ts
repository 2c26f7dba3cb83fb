import { type Database, schema } from '@talon/db';
import { eq } from 'drizzle-orm';

/** The planned reminders of a visit (ledger rows) with their outbox rows, if any. */
export function plannedReminders(db: Database, appointmentId: string) {
  return db
    .select({
      kind: schema.appointmentReminders.kind,
      outboxId: schema.appointmentReminders.outboxId,
      status: schema.notificationOutbox.status,
      channel: schema.notificationOutbox.channel,
      event: schema.notificationOutbox.event,
      recipient: schema.notificationOutbox.recipient,
      notBefore: schema.notificationOutbox.notBefore,
      payloadEncrypted: schema.notificationOutbox.payloadEncrypted,
    })
    .from(schema.appointmentReminders)
    .leftJoin(
      schema.notificationOutbox,
      eq(schema.notificationOutbox.id, schema.appointmentReminders.outboxId),
    )
    .where(eq(schema.appointmentReminders.appointmentId, appointmentId));
}

/** Outbox rows addressed to a phone, an email address or an account. */
export function outboxRowsTo(db: Database, recipient: string) {
  return db
    .select()
    .from(schema.notificationOutbox)
    .where(eq(schema.notificationOutbox.recipient, recipient));
}

/** Sets an account's phone and email (tests of message recipients). */
export async function setAccountContacts(
  db: Database,
  accountId: string,
  contacts: { phone?: string | null; email?: string | null },
): Promise<void> {
  await db.update(schema.accounts).set(contacts).where(eq(schema.accounts.id, accountId));
}
