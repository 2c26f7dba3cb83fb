import type { RenderedMessage } from '@talon/core/messaging';

/** A rendered message on its way to one recipient. */
export type Delivery = RenderedMessage & {
  /** E.164 phone for SMS, address for email, account id for push and in-app. */
  to: string;
  /** Also the idempotency key handed to providers that take one (Message-ID, push Topic, in-app row). */
  outboxId: string;
  /** What happened (`booking.confirmed`); the in-app list keeps it. */
  event?: string;
};

/**
 * A way out: an SMS gateway, an SMTP server, Web Push, the in-app list, the development sink.
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
