import type { Clock } from '../shared';
import type { NewSubscription, StoredSubscription } from './fhir-subscriptions.types';

/** The subscriptions of integration clients; every read and delete is within one client's own. */
export interface FhirSubscriptionStore {
  create(subscription: NewSubscription): Promise<StoredSubscription>;
  get(clientId: string, id: string): Promise<StoredSubscription | null>;
  list(
    clientId: string,
    page: { offset: number; count: number },
  ): Promise<{ items: StoredSubscription[]; total: number }>;
  /** True when the client had it. */
  delete(clientId: string, id: string): Promise<boolean>;
}

export interface FhirSubscriptionsDeps {
  store: FhirSubscriptionStore;
  clock: Clock;
  /** http on loopback too (development and tests; the push endpoints' and JWKS addresses' switch). */
  allowLoopbackEndpoints: boolean;
  /** The host's addresses (DNS); an empty list when it does not resolve. */
  resolveHost(host: string): Promise<string[]>;
}
