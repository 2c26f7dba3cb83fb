import type { RenderedNotice } from './messaging.types';

/** A message's values by name, as the outbox stores them. */
export type Payload = Record<string, string>;
/** `links`: buttons of the email (signed appointment links), shown as anchors in HTML and URLs in text. */
export type EmailParts = { subject: string; lines: string[]; links?: { label: string; url: string }[] };

export interface Template {
  /** Payload keys the texts need. */
  requires: readonly string[];
  /** SMS: short, no full names and no diagnoses; one segment where possible. */
  sms?: (p: Payload) => string;
  /** Email: a subject and paragraphs of plain text; HTML is built from them, escaped. */
  email?: (p: Payload) => EmailParts;
  /**
   * Push and in-app: a short title, a body and a link inside the web app. One-time codes never get one: a
   * push shows on a locked screen, and a code belongs in the channel being confirmed.
   */
  notice?: (p: Payload) => RenderedNotice;
}
