import type { DevMessagesRepository } from '@talon/db';
import { type Delivery, type MessageChannel, PermanentDeliveryError } from './channel';

/**
 * Demo mode's way out: the message is stored in `dev_messages` and shown at /dev/messages (and
 * `GET /api/v1/dev/messages?to=`), never sent. Never used in production.
 */
export function createDevSinkChannel(devMessages: DevMessagesRepository): MessageChannel {
  return {
    name: 'dev-sink',
    async send(delivery: Delivery) {
      // Push and in-app have adapters of their own in every mode; the sink only stands in for SMS and email.
      if (delivery.channel !== 'sms' && delivery.channel !== 'email') {
        throw new PermanentDeliveryError(`the development sink does not take ${delivery.channel}`);
      }
      const { id } = await devMessages.insert({
        outboxId: delivery.outboxId,
        channel: delivery.channel,
        recipient: delivery.to,
        subject: delivery.channel === 'email' ? delivery.subject : null,
        body: delivery.text,
        html: delivery.channel === 'email' ? delivery.html : null,
      });
      return { providerMessageId: `dev:${id}` };
    },
  };
}
