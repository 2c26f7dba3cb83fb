import type { SubscriptionCriteria } from './subscription-criteria';

/** `active` delivers; `error` after repeated failures (nothing is written for it until it is replaced). */
export const SUBSCRIPTION_STATUSES = ['active', 'error'] as const;
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number];

/** The one `channel.payload` served: the notification's body is the Appointment as a read returns it. */
export const SUBSCRIPTION_PAYLOAD = 'application/fhir+json';

/** What a client asks for: the fields of an R4 `Subscription` Talon uses. */
export interface SubscriptionDraft {
  criteria: string;
  reason: string;
  endpoint: string;
  /** `channel.header`: `Name: value` lines added to every notification (a receiver's own credentials). */
  headers: readonly string[];
  /** `channel.payload`: null for the empty-body notification, or `SUBSCRIPTION_PAYLOAD`. */
  payload: string | null;
}

/** A subscription as it is stored (the secret only in encrypted form, never read back to the client). */
export interface StoredSubscription {
  id: string;
  clientId: string;
  status: SubscriptionStatus;
  criteria: string;
  reason: string;
  endpoint: string;
  headers: readonly string[];
  payload: string | null;
  errorCount: number;
  lastError: string | null;
  createdAt: Date;
}

/** A subscription the store writes: the parsed criteria go in columns the trigger of migration 0040 reads. */
export interface NewSubscription extends SubscriptionDraft {
  clientId: string;
  organizationId: string | null;
  parsed: SubscriptionCriteria;
  secret: string;
  now: Date;
}
