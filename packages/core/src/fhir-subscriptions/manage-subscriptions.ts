import type { ClientPrincipal } from '../integration-clients';
import { isAllowedJwksUrl, scopesAllow } from '../integration-clients';
import { isPublicAddress } from '../notifications-delivery';
import { DomainError } from '../shared';
import { FhirSubscriptionsErrorCode as Code } from './fhir-subscriptions.errors';
import type { FhirSubscriptionsDeps } from './fhir-subscriptions.ports';
import {
  type StoredSubscription,
  SUBSCRIPTION_PAYLOAD,
  type SubscriptionDraft,
} from './fhir-subscriptions.types';
import { parseSubscriptionCriteria } from './subscription-criteria';
import { newSubscriptionSecret } from './subscription-signature';

const HEADER_LINE = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+):[ \t]*([^\r\n]*)$/;
/** Headers Talon sets itself: a subscription cannot replace them. */
const OWN_HEADER = /^(x-talon-.*|content-type|content-length|host|transfer-encoding|connection)$/i;
const MAX_HEADERS = 10;

const invalid = (field: string, message: string) =>
  new DomainError(Code.SUBSCRIPTION_INVALID, { field, fieldErrors: [{ field, message }] });

/**
 * The endpoint is one the worker may post to, as push endpoints and JWKS addresses are checked (SSRF):
 * https on a public host name whose every address, resolved now, is public (the worker checks again when it
 * connects, against DNS rebinding); http on loopback only in development and tests.
 */
async function checkEndpoint(deps: FhirSubscriptionsDeps, endpoint: string): Promise<void> {
  const refuse = () =>
    invalid(
      'Subscription.channel.endpoint',
      'Адрес получателя должен быть https на публичном хосте; частные и служебные адреса запрещены.',
    );
  if (!isAllowedJwksUrl(endpoint, deps.allowLoopbackEndpoints)) throw refuse();
  const isLoopback = !isAllowedJwksUrl(endpoint, false);
  if (isLoopback) return;
  const addresses = await deps.resolveHost(new URL(endpoint).hostname.replace(/^\[|\]$/g, ''));
  if (addresses.length === 0 || !addresses.every(isPublicAddress)) throw refuse();
}

function checkHeaders(headers: readonly string[]): void {
  const field = 'Subscription.channel.header';
  if (headers.length > MAX_HEADERS) throw invalid(field, `Не больше ${MAX_HEADERS} заголовков.`);
  for (const line of headers) {
    const name = HEADER_LINE.exec(line)?.[1];
    if (!name) throw invalid(field, 'Заголовок пишется как «Имя: значение» в одну строку.');
    if (OWN_HEADER.test(name)) throw invalid(field, `Заголовок ${name} задаёт Талон.`);
  }
}

/**
 * `channel.payload`: none (an empty body), or `application/fhir+json` — the Appointment in the body, which
 * only a client that may read Appointments gets (the worker checks the client's scopes again at send time).
 */
function checkPayload(client: ClientPrincipal, payload: string | null): void {
  if (payload === null) return;
  const field = 'Subscription.channel.payload';
  if (payload !== SUBSCRIPTION_PAYLOAD) {
    throw invalid(field, `Полезная нагрузка: поддерживается только ${SUBSCRIPTION_PAYLOAD}.`);
  }
  if (!scopesAllow(client.scopes, 'Appointment', 'r')) {
    throw invalid(field, 'Для полезной нагрузки нужна область system/Appointment.r.');
  }
}

/**
 * Creates a rest-hook subscription of the client (issue 14 item 5): the criteria parsed (`Appointment?` with
 * actor, patient, status), the endpoint checked, a 256-bit secret made for the `X-Talon-Signature` HMAC and
 * returned this once.
 */
export async function createSubscription(
  deps: FhirSubscriptionsDeps,
  client: ClientPrincipal,
  draft: SubscriptionDraft,
): Promise<{ subscription: StoredSubscription; secret: string }> {
  const parsed = parseSubscriptionCriteria(draft.criteria);
  if (!parsed.ok) throw invalid('Subscription.criteria', parsed.problem);
  checkPayload(client, draft.payload);
  checkHeaders(draft.headers);
  await checkEndpoint(deps, draft.endpoint);
  const secret = newSubscriptionSecret();
  const subscription = await deps.store.create({
    ...draft,
    clientId: client.clientId,
    organizationId: client.organizationId,
    parsed: parsed.criteria,
    secret,
    now: deps.clock.now(),
  });
  return { subscription, secret };
}

/** One of the client's own subscriptions; another client's is as unknown as a missing one. */
export async function getSubscription(
  deps: Pick<FhirSubscriptionsDeps, 'store'>,
  client: ClientPrincipal,
  id: string,
): Promise<StoredSubscription> {
  const found = await deps.store.get(client.clientId, id);
  if (!found) throw new DomainError(Code.SUBSCRIPTION_NOT_FOUND);
  return found;
}

/** The client's own subscriptions, newest first. */
export const listSubscriptions = (
  deps: Pick<FhirSubscriptionsDeps, 'store'>,
  client: ClientPrincipal,
  page: { offset: number; count: number },
) => deps.store.list(client.clientId, page);

/** Deletes one of the client's own subscriptions; its notifications not yet delivered go with it. */
export async function deleteSubscription(
  deps: Pick<FhirSubscriptionsDeps, 'store'>,
  client: ClientPrincipal,
  id: string,
): Promise<void> {
  if (!(await deps.store.delete(client.clientId, id))) throw new DomainError(Code.SUBSCRIPTION_NOT_FOUND);
}
