import type { RenderedMessage } from '@talon/core/messaging';

/** A rendered message on its way to one recipient. */
export type Delivery = RenderedMessage & {
  /** E.164 phone for SMS, address for email. */
  to: string;
  outboxId: string;
};

/**
 * A way out: an SMS gateway, an SMTP server, the development sink; later push and in-app.
 * `send` resolves once the provider accepted the message and throws when it did not: a
 * `PermanentDeliveryError` when retrying cannot help (a number the gateway refuses), any other error to retry.
 */
export interface MessageChannel {
  readonly name: string;
  send(delivery: Delivery): Promise<{ providerMessageId: string | null }>;
  close?(): Promise<void> | void;
}

/** The provider refused the message for good; the outbox row goes dead without further tries. */
export class PermanentDeliveryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentDeliveryError';
  }
}
