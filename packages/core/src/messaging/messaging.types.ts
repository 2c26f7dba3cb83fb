/**
 * Channels a message can go out through today. The outbox table also knows `push` and `in_app`; they join
 * this union (and the template registry) when their adapters arrive.
 */
export type Channel = 'sms' | 'email';

/** The identity templates. Each renders Russian text for the channels listed in the registry. */
export type TemplateName =
  | 'registration_code'
  | 'login_code'
  | 'password_reset_code'
  | 'ward_consent_code'
  | 'contact_change_code'
  | 'password_changed'
  | 'new_login'
  | 'booking_confirmed'
  | 'booking_cancelled'
  | 'booking_cancelled_by_clinic'
  | 'booking_rescheduled';

/**
 * A message a use case wants sent, written to the outbox in the use case's transaction.
 * `payload` holds the template's values (a one-time `code`, its validity in `minutes`); it is encrypted at
 * rest. `dedupeKey` is unique: writing the same key twice stores (and sends) one message.
 */
export interface OutgoingMessage {
  /** What happened, e.g. `identity.registration_code`; used for logs and the dedupe key. */
  event: string;
  channel: Channel;
  /** E.164 phone for SMS, lower-case address for email. */
  recipient: string;
  accountId?: string | null;
  template: TemplateName;
  payload: Record<string, string>;
  dedupeKey: string;
  /** Not sent before this moment (reminders); now when absent. */
  notBefore?: Date;
}

/** What a channel adapter sends: the rendered text, never the template or the payload. */
export type RenderedMessage =
  | { channel: 'sms'; text: string }
  | { channel: 'email'; subject: string; text: string; html: string };

/** An outbox message as the worker sees it after claiming it. */
export interface ClaimedMessage extends OutgoingMessage {
  id: string;
  /** Tries so far, this one included. */
  attempts: number;
}
