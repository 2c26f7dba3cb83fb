import type { FhirSubscriptionsErrorCode } from '@talon/core/fhir-subscriptions';
import type { Mapping } from './error-mapping';

/**
 * The subscriptions' refusals (issue 14 item 5). The FHIR routes answer them as OperationOutcome (422 naming
 * the element, 404); this is the same answer wherever a DomainError is sent as problem+json.
 */
export const fhirSubscriptions: Record<FhirSubscriptionsErrorCode, Mapping> = {
  SUBSCRIPTION_INVALID: {
    status: 422,
    detail: () => 'Подписка заполнена неверно: проверьте критерий, адрес получателя и канал.',
  },
  SUBSCRIPTION_NOT_FOUND: { status: 404, detail: () => 'Подписка не найдена.' },
};
