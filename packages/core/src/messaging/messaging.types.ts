/**
 * Channels a message can go out through: SMS and email to a contact, Web Push to the account's browsers,
 * and `in_app` to the account's notification list (shown by the bell in the web app).
 */
export type Channel = 'sms' | 'email' | 'push' | 'in_app';

/** The identity templates. Each renders Russian text for the channels listed in the registry. */
export type TemplateName =
  | 'registration_code'
  | 'registration_existing_account'
  | 'login_code'
  | 'password_reset_code'
  | 'ward_consent_code'
  | 'ward_link_code'
  | 'ward_link_added'
  | 'contact_change_code'
  | 'password_changed'
  | 'new_login'
  | 'booking_confirmed'
  | 'booking_cancelled'
  | 'booking_cancelled_by_clinic'
  | 'booking_rescheduled'
  | 'waitlist_offer'
  | 'waitlist_offer_expired'
  | 'waitlist_removed'
  | 'hold_expired'
  | 'appointment_reminder'
  | 'referral_issued'
  | 'ticket_email'
  | 'document_ready'
  | 'document_request_rejected'
  | 'audit_chain_broken'
  | 'audit_chain_verified'
  | 'fhir_subscription_error'
  | 'mis_slot_conflict'
  | 'lab_result_out_of_range'
  | 'lab_result_critical'
  | 'data_change_status'
  | 'support_ticket_status'
  | 'support_ticket_new'
  | 'attachment_status'
  | 'prescription_sent'
  | 'prescription_dispensed'
  | 'course_enrolment_status'
  | 'staff_application_status'
  | 'accreditation_expiring'
  | 'staff_invitation'
  | 'survey_invitation';

/**
 * A message a use case wants sent, written to the outbox in the use case's transaction.
 * `payload` holds the template's values (a one-time `code`, its validity in `minutes`); it is encrypted at
 * rest. `dedupeKey` is unique: writing the same key twice stores (and sends) one message.
 */
export interface OutgoingMessage {
  /** What happened, e.g. `identity.registration_code`; used for logs and the dedupe key. */
  event: string;
  channel: Channel;
  /** E.164 phone for SMS, lower-case address for email, the account id for `push` and `in_app`. */
  recipient: string;
  accountId?: string | null;
  template: TemplateName;
  payload: Record<string, string>;
  dedupeKey: string;
  /** Not sent before this moment (reminders); now when absent. */
  notBefore?: Date;
}

/**
 * A short notice for push and in-app: a title, a body of a sentence or two, and a link inside the web app
 * (a path such as `/appointments/…`) the notification opens when clicked.
 */
export interface RenderedNotice {
  title: string;
  body: string;
  url: string;
}

/** What a channel adapter sends: the rendered text, never the template or the payload. */
export type RenderedMessage =
  | { channel: 'sms'; text: string }
  | { channel: 'email'; subject: string; text: string; html: string }
  | ({ channel: 'push' } & RenderedNotice)
  | ({ channel: 'in_app' } & RenderedNotice);

/** An outbox message as the worker sees it after claiming it. */
export interface ClaimedMessage extends OutgoingMessage {
  id: string;
  /** Tries so far, this one included. */
  attempts: number;
}
