import type { BoundUseCases } from '../shared';
import {
  createSubscription,
  deleteSubscription,
  getSubscription,
  listSubscriptions,
} from './manage-subscriptions';

/** FHIR rest-hook subscriptions (issue 14 item 5): each within the calling client's own. */
export const fhirSubscriptionsUseCases = {
  createSubscription,
  getSubscription,
  listSubscriptions,
  deleteSubscription,
};

export type FhirSubscriptionsUseCases = BoundUseCases<typeof fhirSubscriptionsUseCases>;
