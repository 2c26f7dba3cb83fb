import type { StoredSubscription, SubscriptionDraft } from '@talon/core/fhir-subscriptions';
import { FhirError } from '../fhir-outcome';
import type { FhirResource } from '../fhir-types';

/** The extension of the creation's answer that carries the HMAC secret, this once (docs/fhir.md). */
export const SECRET_EXTENSION_URL = 'urn:talon:fhir:StructureDefinition:subscription-secret';

/** A stored subscription as an R4 `Subscription` (the secret is never read back). */
export function subscriptionResource(subscription: StoredSubscription): FhirResource {
  return {
    resourceType: 'Subscription',
    id: subscription.id,
    meta: { lastUpdated: subscription.createdAt.toISOString() },
    status: subscription.status,
    reason: subscription.reason,
    criteria: subscription.criteria,
    ...(subscription.status === 'error' && subscription.lastError ? { error: subscription.lastError } : {}),
    channel: {
      type: 'rest-hook',
      endpoint: subscription.endpoint,
      ...(subscription.payload ? { payload: subscription.payload } : {}),
      ...(subscription.headers.length > 0 ? { header: [...subscription.headers] } : {}),
    },
  };
}

/** A 422 about one element of the Subscription, with Talon's code. */
export const invalidSubscription = (expression: string, diagnostics: string) =>
  new FhirError(422, 'invalid', diagnostics, {}, { expression, talonCode: 'SUBSCRIPTION_INVALID' });

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/**
 * The fields of a posted `Subscription` Talon uses; the shape is checked here, the rules (criteria, endpoint,
 * headers, payload) by the use case. A client sends `status: requested` (R4); Talon sets it up at once.
 */
export function subscriptionDraftOf(body: unknown): SubscriptionDraft {
  const resource = (body ?? {}) as Record<string, unknown>;
  if (resource.resourceType !== 'Subscription') {
    throw invalidSubscription('Subscription', 'Ожидается ресурс Subscription.');
  }
  if (resource.status !== undefined && resource.status !== 'requested' && resource.status !== 'active') {
    throw invalidSubscription('Subscription.status', 'Новая подписка создаётся со статусом requested.');
  }
  if (typeof resource.criteria !== 'string') {
    throw invalidSubscription('Subscription.criteria', 'Нужен критерий подписки.');
  }
  if (typeof resource.reason !== 'string' || resource.reason.trim() === '') {
    throw invalidSubscription('Subscription.reason', 'Нужна причина подписки.');
  }
  const channel = (resource.channel ?? {}) as Record<string, unknown>;
  if (channel.type !== 'rest-hook') {
    throw invalidSubscription('Subscription.channel.type', 'Поддерживается только канал rest-hook.');
  }
  if (typeof channel.endpoint !== 'string') {
    throw invalidSubscription('Subscription.channel.endpoint', 'Нужен адрес получателя.');
  }
  const header = channel.header ?? [];
  if (!isStringArray(header)) {
    throw invalidSubscription('Subscription.channel.header', 'Заголовки передаются списком строк.');
  }
  if (channel.payload !== undefined && typeof channel.payload !== 'string') {
    throw invalidSubscription('Subscription.channel.payload', 'Полезная нагрузка задаётся типом MIME.');
  }
  return {
    criteria: resource.criteria,
    reason: resource.reason,
    endpoint: channel.endpoint,
    headers: header,
    payload: (channel.payload as string | undefined) ?? null,
  };
}
