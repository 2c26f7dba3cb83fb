import type { Channel } from '@talon/core/messaging';
import {
  type DeliveryReportRepository,
  maskRecipient,
  type OutboxAdminRepository,
} from '@talon/core/notifications-delivery';
import { and, count, desc, eq, lt, or, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import { notificationOutbox as outbox } from '../../schema';
import { notificationDeliveryReports as reports } from '../../schema/notifications-delivery.schema';
import { decodeCursor, encodeCursor } from './keyset-cursor';

/** The outbox as the admin page sees it (no payloads, recipients masked) and the delivery reports. */
export function createOutboxAdminRepository(executor: DbExecutor) {
  const repository: OutboxAdminRepository & DeliveryReportRepository = {
    async list({ status, channel, limit, cursor }) {
      const after = decodeCursor(cursor);
      const filter = and(
        status ? eq(outbox.status, status) : undefined,
        channel ? eq(outbox.channel, channel) : undefined,
      );
      const rows = await executor
        .select({ message: outbox, report: reports, atText: sql<string>`${outbox.updatedAt}::text` })
        .from(outbox)
        .leftJoin(reports, eq(reports.outboxId, outbox.id))
        .where(
          and(
            filter,
            after
              ? or(
                  sql`${outbox.updatedAt} < ${after.at}::timestamptz`,
                  and(sql`${outbox.updatedAt} = ${after.at}::timestamptz`, lt(outbox.id, after.id)),
                )
              : undefined,
          ),
        )
        .orderBy(desc(outbox.updatedAt), desc(outbox.id))
        .limit(limit + 1);
      const [total] = await executor.select({ n: count() }).from(outbox).where(filter);
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      return {
        items: page.map(({ message: m, report: r }) => ({
          id: m.id,
          event: m.event,
          channel: m.channel as Channel,
          template: m.template,
          maskedRecipient: maskRecipient(m.channel as Channel, m.recipient),
          status: m.status,
          attempts: m.attempts,
          lastError: m.lastError,
          notBefore: m.notBefore,
          createdAt: m.createdAt,
          updatedAt: m.updatedAt,
          sentAt: m.sentAt,
          report: r ? { status: r.status, providerStatus: r.providerStatus, reportedAt: r.reportedAt } : null,
        })),
        nextCursor: rows.length > limit && last ? encodeCursor(last.atText, last.message.id) : null,
        total: Number(total?.n ?? 0),
      };
    },

    async retryDead(id, now) {
      const [row] = await executor
        .update(outbox)
        .set({ status: 'pending', attempts: 0, notBefore: now, updatedAt: now })
        .where(and(eq(outbox.id, id), eq(outbox.status, 'dead')))
        .returning({ id: outbox.id });
      if (row) return true;
      const [exists] = await executor.select({ id: outbox.id }).from(outbox).where(eq(outbox.id, id));
      return exists ? false : null;
    },

    async record(report, now) {
      const [row] = await executor
        .insert(reports)
        .select(
          executor
            .select({
              outboxId: outbox.id,
              status: sql<string>`${report.status}`.as('status'),
              providerStatus: sql<string>`${report.providerStatus}`.as('provider_status'),
              reportedAt: sql<Date>`${now.toISOString()}::timestamptz`.as('reported_at'),
            })
            .from(outbox)
            .where(and(eq(outbox.providerMessageId, report.providerMessageId), eq(outbox.status, 'sent')))
            .limit(1),
        )
        .onConflictDoUpdate({
          target: reports.outboxId,
          set: { status: report.status, providerStatus: report.providerStatus, reportedAt: now },
        })
        .returning({ outboxId: reports.outboxId });
      return row ? { outboxId: row.outboxId } : null;
    },
  };
  return repository;
}
