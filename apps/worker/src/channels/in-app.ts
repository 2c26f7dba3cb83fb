import type { InAppNotificationStore } from '@talon/db';
import { type Delivery, type MessageChannel, PermanentDeliveryError } from './channel';

/**
 * The `in_app` channel: the notification goes into the account's list (and, through NOTIFY at commit, to
 * its open pages). Keyed by the outbox id, so a second delivery of the same message is a no-op: this channel
 * is exactly-once even when a worker dies between the insert and marking the outbox row sent.
 */
export function createInAppChannel(notifications: Pick<InAppNotificationStore, 'insert'>): MessageChannel {
  return {
    name: 'in-app',
    async send(delivery: Delivery) {
      if (delivery.channel !== 'in_app') throw new PermanentDeliveryError('not an in-app notification');
      try {
        const { id } = await notifications.insert({
          accountId: delivery.to,
          outboxId: delivery.outboxId,
          event: delivery.event ?? 'notification',
          title: delivery.title,
          body: delivery.body,
          url: delivery.url,
        });
        return { providerMessageId: `in_app:${id}` };
      } catch (error) {
        // No such account (23503) or not an account id at all (22P02): no later try can fix it.
        const code = pgCode(error);
        if (code === '23503' || code === '22P02') throw new PermanentDeliveryError(`no account: ${code}`);
        throw error;
      }
    },
  };
}

const pgCode = (error: unknown): string | undefined => {
  const e = error as { code?: unknown; cause?: { code?: unknown } };
  const code = typeof e.code === 'string' ? e.code : e.cause?.code;
  return typeof code === 'string' ? code : undefined;
};
