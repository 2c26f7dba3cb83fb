import { desc, eq } from 'drizzle-orm';
import type { DbExecutor } from '../client';
import { devMessages } from '../schema';

/** A message as the development sink stored it. */
export interface DevMessage {
  id: string;
  outboxId: string | null;
  channel: 'sms' | 'email';
  recipient: string;
  subject: string | null;
  body: string;
  html: string | null;
  createdAt: Date;
}

export type NewDevMessage = Omit<DevMessage, 'id' | 'createdAt'> & { createdAt?: Date };

export type DevMessagesRepository = ReturnType<typeof createDevMessagesRepository>;

/** Demo mode's development sink (dev_messages): what would have gone to a phone or a mailbox. */
export function createDevMessagesRepository(executor: DbExecutor) {
  const columns = {
    id: devMessages.id,
    outboxId: devMessages.outboxId,
    channel: devMessages.channel,
    recipient: devMessages.recipient,
    subject: devMessages.subject,
    body: devMessages.body,
    html: devMessages.html,
    createdAt: devMessages.createdAt,
  };
  return {
    async insert(message: NewDevMessage): Promise<{ id: string }> {
      const [row] = await executor.insert(devMessages).values(message).returning({ id: devMessages.id });
      return row!;
    },

    /** The latest messages to one recipient (or to anyone when `recipient` is null), newest first. */
    async listFor(recipient: string | null, limit: number): Promise<DevMessage[]> {
      const query = executor.select(columns).from(devMessages);
      const filtered = recipient === null ? query : query.where(eq(devMessages.recipient, recipient));
      return filtered.orderBy(desc(devMessages.createdAt), desc(devMessages.id)).limit(limit);
    },
  };
}
