import type { InAppNotification, InAppNotificationRepository } from '@talon/core/notifications-delivery';
import { and, count, desc, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import { NOTIFICATION_EVENTS_CHANNEL } from '../../live/notification-events';
import { inAppNotifications as table } from '../../schema/notifications-delivery.schema';
import { decodeCursor, encodeCursor } from './keyset-cursor';

export interface NewInAppNotification {
  accountId: string;
  outboxId: string;
  event: string;
  title: string;
  body: string;
  url: string;
}

const toNotification = (row: typeof table.$inferSelect): InAppNotification => ({
  id: row.id,
  event: row.event,
  title: row.title,
  body: row.body,
  url: row.url,
  createdAt: row.createdAt,
  readAt: row.readAt,
});

/** In-app notifications: the worker's `in_app` channel writes, the account's bell reads. */
export function createInAppNotificationRepository(executor: DbExecutor) {
  const unreadCount = async (accountId: string) => {
    const [row] = await executor
      .select({ n: count() })
      .from(table)
      .where(and(eq(table.accountId, accountId), isNull(table.readAt)));
    return Number(row?.n ?? 0);
  };

  const repository: InAppNotificationRepository & {
    insert(notification: NewInAppNotification): Promise<{ id: string; isNew: boolean }>;
  } = {
    /**
     * Writes the notification and announces it (NOTIFY, sent at commit, so every API process's open bells
     * hear it). The outbox id is unique: a second delivery of the same message stores and announces nothing.
     */
    async insert(notification) {
      return executor.transaction(async (tx) => {
        const [inserted] = await tx
          .insert(table)
          .values(notification)
          .onConflictDoNothing({ target: table.outboxId })
          .returning({ id: table.id, createdAt: table.createdAt });
        if (!inserted) {
          const [existing] = await tx
            .select({ id: table.id })
            .from(table)
            .where(eq(table.outboxId, notification.outboxId));
          return { id: existing?.id ?? '', isNew: false };
        }
        // Ids only: the payload travels through every listening process, the text is fetched by the page.
        const payload = JSON.stringify({
          kind: 'notification',
          accountId: notification.accountId,
          id: inserted.id,
        });
        await tx.execute(sql`select pg_notify(${NOTIFICATION_EVENTS_CHANNEL}, ${payload})`);
        return { id: inserted.id, isNew: true };
      });
    },

    async list(accountId, { limit, cursor }) {
      const after = decodeCursor(cursor);
      const rows = await executor
        .select({ row: table, atText: sql<string>`${table.createdAt}::text` })
        .from(table)
        .where(
          and(
            eq(table.accountId, accountId),
            after
              ? or(
                  sql`${table.createdAt} < ${after.at}::timestamptz`,
                  and(sql`${table.createdAt} = ${after.at}::timestamptz`, lt(table.id, after.id)),
                )
              : undefined,
          ),
        )
        .orderBy(desc(table.createdAt), desc(table.id))
        .limit(limit + 1);
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      return {
        items: page.map(({ row }) => toNotification(row)),
        nextCursor: rows.length > limit && last ? encodeCursor(last.atText, last.row.id) : null,
        unread: await unreadCount(accountId),
      };
    },

    unreadCount,

    async markRead(accountId, id, now) {
      const rows = await executor
        .update(table)
        .set({ readAt: sql`coalesce(${table.readAt}, ${now.toISOString()}::timestamptz)` })
        .where(and(eq(table.id, id), eq(table.accountId, accountId)))
        .returning({ id: table.id });
      return rows.length > 0;
    },

    async markAllRead(accountId, now) {
      const rows = await executor
        .update(table)
        .set({ readAt: now })
        .where(and(eq(table.accountId, accountId), isNull(table.readAt)))
        .returning({ id: table.id });
      return rows.length;
    },
  };
  return repository;
}

export type InAppNotificationStore = ReturnType<typeof createInAppNotificationRepository>;
