/** Error codes of FHIR subscriptions (answered as OperationOutcome by the FHIR adapter). */
export const FhirSubscriptionsErrorCode = {
  /** A field of the Subscription is wrong or not supported (422, with its FHIRPath, e.g. `Subscription.criteria`). */
  SUBSCRIPTION_INVALID: 'SUBSCRIPTION_INVALID',
  /** No subscription with this id among the client's own (404). */
  SUBSCRIPTION_NOT_FOUND: 'SUBSCRIPTION_NOT_FOUND',
} as const;
export type FhirSubscriptionsErrorCode =
  (typeof FhirSubscriptionsErrorCode)[keyof typeof FhirSubscriptionsErrorCode];
