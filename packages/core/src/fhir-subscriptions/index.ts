// FHIR subscriptions (issue 14 item 5): rest-hook notifications of appointment changes to integration clients.
export { FhirSubscriptionsErrorCode } from './fhir-subscriptions.errors';
export type * from './fhir-subscriptions.ports';
export type * from './fhir-subscriptions.types';
export { SUBSCRIPTION_PAYLOAD, SUBSCRIPTION_STATUSES } from './fhir-subscriptions.types';
export {
  type FhirSubscriptionsUseCases,
  fhirSubscriptionsUseCases,
} from './fhir-subscriptions.use-cases';
export {
  createSubscription,
  deleteSubscription,
  getSubscription,
  listSubscriptions,
} from './manage-subscriptions';
export {
  type AppointmentFacts,
  type CriteriaResult,
  FHIR_APPOINTMENT_STATUSES,
  matchesCriteria,
  parseSubscriptionCriteria,
  SUBSCRIPTION_ACTOR_TYPES,
  type SubscriptionActorType,
  type SubscriptionCriteria,
} from './subscription-criteria';
export {
  isSubscriptionFailing,
  REST_HOOK_RETRY_POLICY,
  SUBSCRIPTION_ERROR_AFTER_FAILURES,
} from './subscription-delivery-rules';
export { subscriptionErrorMessages } from './subscription-error-messages';
export {
  newSubscriptionSecret,
  notificationSignatureHeaders,
  SIGNATURE_HEADER,
  signNotification,
  TIMESTAMP_HEADER,
} from './subscription-signature';
