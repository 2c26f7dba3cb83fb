export { createFhirSubscriptionStore } from './fhir-subscriptions.repository';
export {
  type ClaimedNotification,
  createSubscriptionDeliveryRepository,
  type SubscriptionDeliveryRepository,
} from './subscription-delivery.repository';
