import { randomUUID } from 'node:crypto';
import type { Database, FieldCipher } from '@talon/db';
import { schema } from '@talon/db';
import { sql } from 'drizzle-orm';
import pg from 'pg';

/**
 * Writes `count` due reminders straight into the outbox (half email, half SMS), in multi-row INSERTs:
 * what a day's reminder sweep leaves behind. `spreadMs` spreads `not_before` after `dueAt`.
 */
export async function insertDueMessages(
  db: Database,
  cipher: Pick<FieldCipher, 'encrypt'>,
  options: { count: number; dueAt: Date; spreadMs?: number; chunk?: number },
): Promise<void> {
  const payload = cipher.encrypt(
    JSON.stringify({ appointmentCode: 'А-123', at: '01.12.2026 в 10:15 (МСК)', clinic: 'Поликлиника № 1' }),
  );
  const chunk = options.chunk ?? 2_000;
  for (let start = 0; start < options.count; start += chunk) {
    const rows = [];
    for (let i = start; i < Math.min(options.count, start + chunk); i++) {
      const isEmail = i % 2 === 0;
      const offset = options.spreadMs ? Math.floor((i / options.count) * options.spreadMs) : 0;
      rows.push({
        event: 'booking.reminder',
        channel: isEmail ? ('email' as const) : ('sms' as const),
        recipient: isEmail ? `p${i}@example.ru` : `+7916${String(i).padStart(7, '0')}`,
        template: 'booking_confirmed',
        payloadEncrypted: payload,
        dedupeKey: `load:${randomUUID()}`,
        notBefore: new Date(options.dueAt.getTime() + offset),
      });
    }
    await db.insert(schema.notificationOutbox).values(rows);
  }
}

/** Outbox rows by status. */
export async function outboxCounts(
  db: Database,
): Promise<Record<'pending' | 'sending' | 'sent' | 'dead' | 'cancelled', number>> {
  const result = (await db.execute(
    sql`select status, count(*)::int as n from notification_outbox group by status`,
  )) as unknown as { rows: { status: string; n: number }[] };
  const counts = { pending: 0, sending: 0, sent: 0, dead: 0, cancelled: 0 };
  for (const row of result.rows) counts[row.status as keyof typeof counts] = row.n;
  return counts;
}

/** Puts an outbox row into a state by hand (a dead letter for the admin page). */
export async function setOutboxState(
  db: Database,
  id: string,
  state: { status: 'dead' | 'pending'; attempts: number; lastError: string | null },
): Promise<void> {
  await db.execute(
    sql`update notification_outbox set status = ${state.status}, attempts = ${state.attempts},
        last_error = ${state.lastError} where id = ${id}`,
  );
}

/** Marks an outbox message sent now, as the worker does once the provider took it. */
export async function markOutboxSent(db: Database, id: string): Promise<void> {
  await db.execute(
    sql`update notification_outbox set status = 'sent', attempts = attempts + 1, sent_at = now(),
        updated_at = now() where id = ${id}`,
  );
}

/** The provider's id of a sent outbox message. */
export async function providerMessageIdOf(db: Database, id: string): Promise<string | null> {
  const result = (await db.execute(
    sql`select provider_message_id from notification_outbox where id = ${id}`,
  )) as unknown as { rows: { provider_message_id: string | null }[] };
  return result.rows[0]?.provider_message_id ?? null;
}

/**
 * A new PostgreSQL database copied from the test template, by URL (for a child process such as the
 * standalone worker); `drop` removes it, even with connections still open.
 */
export async function createPostgresDatabaseFromTemplate(baseUrl: string) {
  const name = `talon_proc_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`create database ${name} template talon_template`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
