import {
  FhirSubscriptionsErrorCode as Code,
  type FhirSubscriptionsUseCases,
} from '@talon/core/fhir-subscriptions';
import { isDomainError } from '@talon/core/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { searchsetBundle } from '../fhir-bundle';
import type { FhirCallKit } from '../fhir-call-kit';
import { parametersOf, queryOf } from '../fhir-http';
import { notFound, unsupported } from '../fhir-outcome';
import { isTalonId, pageOf } from '../fhir-search-params';
import type { FhirResource } from '../fhir-types';
import {
  invalidSubscription,
  SECRET_EXTENSION_URL,
  subscriptionDraftOf,
  subscriptionResource,
} from './subscription-resource';

const TYPE = 'Subscription';
const SEARCH_PARAMETERS = new Set(['_count', '_offset', '_format']);

/** The use case's refusals as OperationOutcome: 422 naming the element, or 404 for another client's. */
async function refusalsAsOutcome<T>(id: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!isDomainError(error)) throw error;
    if (error.code === Code.SUBSCRIPTION_NOT_FOUND) throw notFound(TYPE, id);
    const [field] = error.options.fieldErrors ?? [];
    if (error.code === Code.SUBSCRIPTION_INVALID && field)
      throw invalidSubscription(field.field, field.message);
    throw error;
  }
}

const idOf = (request: FastifyRequest) => (request.params as { id: string }).id;

/**
 * `Subscription` (issue 14 item 5, docs/fhir.md «Subscriptions»): a client creates (`system/Subscription.c`),
 * reads (`.r`), searches (`.s`) and deletes (`.d`) its own rest-hook subscriptions; another client's are
 * answered 404, as if they did not exist.
 */
export function subscriptionRoutes(
  app: FastifyInstance,
  kit: FhirCallKit,
  subscriptions: FhirSubscriptionsUseCases,
): void {
  app.post(`/${TYPE}`, { schema: { hide: true } }, async (request, reply) => {
    const client = await kit.clientOf(request);
    const body = await kit.audited(
      client,
      { interaction: 'create', resourceType: TYPE, resourceId: null },
      () => {
        kit.requireScope(client, TYPE, 'c');
        const draft = subscriptionDraftOf(request.body);
        return refusalsAsOutcome('', async () => {
          const { subscription, secret } = await subscriptions.createSubscription(client, draft);
          return {
            ...subscriptionResource(subscription),
            // Shown this once: the receiver checks X-Talon-Signature with it (docs/fhir.md).
            extension: [{ url: SECRET_EXTENSION_URL, valueString: secret }],
          };
        });
      },
    );
    reply.header('location', `${kit.baseUrlOf(request)}/${TYPE}/${String(body.id)}`);
    return kit.send(reply, 201, body);
  });

  app.get(`/${TYPE}/:id`, { schema: { hide: true } }, async (request, reply) => {
    const id = idOf(request);
    const client = await kit.clientOf(request);
    const body = await kit.audited(
      client,
      { interaction: 'read', resourceType: TYPE, resourceId: id },
      () => {
        kit.requireScope(client, TYPE, 'r');
        if (!isTalonId(id)) throw notFound(TYPE, id);
        return refusalsAsOutcome(id, async () =>
          subscriptionResource(await subscriptions.getSubscription(client, id)),
        );
      },
    );
    return kit.send(reply, 200, body);
  });

  app.get(`/${TYPE}`, { schema: { hide: true } }, async (request, reply) => {
    const client = await kit.clientOf(request);
    const body = await kit.audited(
      client,
      { interaction: 'search', resourceType: TYPE, resourceId: null },
      async () => {
        kit.requireScope(client, TYPE, 's');
        const parameters = parametersOf(request);
        const unknown = parameters.find(([name]) => !SEARCH_PARAMETERS.has(name));
        if (unknown) throw unsupported(`Параметр поиска ${unknown[0]} не поддерживается для ${TYPE}.`);
        const page = pageOf(queryOf(parameters));
        const { items, total } = await subscriptions.listSubscriptions(client, page);
        const links = { baseUrl: kit.baseUrlOf(request), type: TYPE, parameters, ...page };
        return searchsetBundle(links, total, items.map(subscriptionResource), []);
      },
    );
    return kit.send(reply, 200, body);
  });

  app.delete(`/${TYPE}/:id`, { schema: { hide: true } }, async (request, reply) => {
    const id = idOf(request);
    const client = await kit.clientOf(request);
    const body = await kit.audited(
      client,
      { interaction: 'delete', resourceType: TYPE, resourceId: id },
      async () => {
        kit.requireScope(client, TYPE, 'd');
        if (!isTalonId(id)) throw notFound(TYPE, id);
        await refusalsAsOutcome(id, () => subscriptions.deleteSubscription(client, id));
        const deleted: FhirResource = {
          resourceType: 'OperationOutcome',
          issue: [
            {
              severity: 'information',
              code: 'informational',
              diagnostics: `Подписка ${TYPE}/${id} удалена.`,
            },
          ],
        };
        return deleted;
      },
    );
    return kit.send(reply, 200, body);
  });
}
