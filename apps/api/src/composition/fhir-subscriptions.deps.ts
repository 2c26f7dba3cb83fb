import type { FhirSubscriptionsDeps } from '@talon/core/fhir-subscriptions';
import { createFhirSubscriptionStore } from '@talon/db';
import type { Infrastructure } from './infrastructure';
import { resolveHostAddresses } from './resolve-host';

/**
 * FHIR subscriptions (issue 14 item 5): their store (secret and headers encrypted), and the endpoint check's
 * switch — http on loopback is admitted where push endpoints may be insecure (development and tests).
 */
export const fhirSubscriptionsDeps = (infra: Infrastructure): FhirSubscriptionsDeps => ({
  store: createFhirSubscriptionStore(infra.db, infra.cipher),
  clock: infra.clock,
  allowLoopbackEndpoints: infra.config.delivery.allowInsecurePushEndpoints,
  resolveHost: resolveHostAddresses,
});
