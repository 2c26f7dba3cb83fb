import type { ClientCall, ClientPrincipal, ScopePermission } from '@talon/core/integration-clients';
import { isDomainError } from '@talon/core/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { mapDomainError } from '../plugins/problem-details/domain-error-map';
import { baseUrlOf, queryOf, send } from './fhir-http';
import { badRequest, FhirError, type IssueCode } from './fhir-outcome';
import type { FhirContext, FhirWriteResult, JsonPatchOperation } from './fhir-resource-handler';
import { FHIR_RESOURCES } from './fhir-resources';
import { isTalonId } from './fhir-search-params';
import type { FhirResource } from './fhir-types';

const ISSUE_BY_STATUS: Record<number, IssueCode> = {
  400: 'invalid',
  401: 'login',
  403: 'forbidden',
  404: 'not-found',
  409: 'conflict',
  422: 'business-rule',
  429: 'throttled',
};

/** The issue code kept for a refused posted resource (answered 422), by the refusal's own status. */
const CONTENT_ISSUE_BY_STATUS: Record<number, IssueCode> = {
  403: 'forbidden',
  404: 'not-found',
  409: 'conflict',
};

/**
 * A domain refusal (booking's `SLOT_TAKEN`…) as the FHIR answer: the REST API's status and Russian text, the
 * Talon code in `issue.details.coding`. Anything else is passed on unchanged. A refusal of a resource posted
 * to Talon (`content`: a laboratory's report, a dispensing) is 422 naming the element at fault — FHIR's answer
 * for content it understood but cannot accept —, a workflow conflict keeps its 409.
 */
export function asFhirError(error: unknown, content?: { expression: string | undefined }): unknown {
  if (error instanceof FhirError || !isDomainError(error)) return error;
  const mapped = mapDomainError(error);
  if (!mapped) return error;
  if (content) {
    const status = mapped.status === 409 ? 409 : 422;
    const code = status === 409 ? 'conflict' : (CONTENT_ISSUE_BY_STATUS[mapped.status] ?? 'processing');
    const expression = error.options.field ?? content.expression;
    return new FhirError(
      status,
      code,
      mapped.detail,
      {},
      {
        talonCode: mapped.code,
        ...(expression ? { expression } : {}),
      },
    );
  }
  const headers: Record<string, string> =
    mapped.retryAfterSeconds === undefined ? {} : { 'retry-after': String(mapped.retryAfterSeconds) };
  return new FhirError(mapped.status, ISSUE_BY_STATUS[mapped.status] ?? 'exception', mapped.detail, headers, {
    talonCode: mapped.code,
  });
}

/** What the write routes borrow from the plugin: the client, the call audit, the scope check, the context. */
export interface WriteRouteHelpers {
  clientOf(request: FastifyRequest): Promise<ClientPrincipal>;
  audited(
    client: ClientPrincipal,
    call: Pick<ClientCall, 'interaction' | 'resourceType' | 'resourceId'>,
    work: () => Promise<FhirWriteResult>,
  ): Promise<FhirWriteResult>;
  requireScope(client: ClientPrincipal, type: string, permission: ScopePermission): void;
  contextOf(client: ClientPrincipal, request: FastifyRequest): FhirContext;
}

/** The request's body as a resource of `type` (a `Parameters` for an operation). */
function resourceBody(request: FastifyRequest, type: string): FhirResource {
  const body = request.body as FhirResource | null | undefined;
  if (!body || typeof body !== 'object' || Array.isArray(body) || body.resourceType !== type) {
    throw badRequest(`Ожидается ресурс ${type} в формате JSON.`);
  }
  return body;
}

function patchBody(request: FastifyRequest): JsonPatchOperation[] {
  const body = request.body as unknown;
  const valid =
    Array.isArray(body) &&
    body.every((o) => o && typeof o === 'object' && typeof o.op === 'string' && typeof o.path === 'string');
  if (!valid) throw badRequest('Ожидается JSON Patch: массив операций { op, path, value }.');
  return body as JsonPatchOperation[];
}

/** `If-None-Exist: identifier=system|value` as a query (null without the header). */
function conditionalOf(request: FastifyRequest): Map<string, string[]> | null {
  const header = request.headers['if-none-exist'];
  if (typeof header !== 'string' || !header.trim()) return null;
  return queryOf([...new URLSearchParams(header.trim()).entries()]);
}

/** FHIR's JSON media types (R4 http.html#mime) and JSON Patch, for every route of the adapter. */
export function addFhirBodyParsers(app: FastifyInstance): void {
  app.addContentTypeParser(
    ['application/fhir+json', 'application/json-patch+json'],
    { parseAs: 'string' },
    (_request, body, done) => {
      try {
        done(null, JSON.parse(body as string));
      } catch {
        done(badRequest('Тело запроса не является корректным JSON.'), undefined);
      }
    },
  );
}

/**
 * The write interactions and operations of the handlers that have them (issue 14, item 3): `POST /<Type>`
 * (create, conditional with `If-None-Exist`), `PUT` and `PATCH /<Type>/<id>`, and `POST /<Type>/$<name>`.
 * Scopes: `.c` to create, `.u` to update or patch, an operation's own; each call audited as the reads are.
 */
export function registerWriteRoutes(app: FastifyInstance, helpers: WriteRouteHelpers): void {
  const { clientOf, audited, requireScope, contextOf } = helpers;

  for (const handler of FHIR_RESOURCES) {
    const { type, create, update, patch, operations } = handler;

    if (create) {
      app.post(`/${type}`, { schema: { hide: true } }, async (request, reply) => {
        const client = await clientOf(request);
        const result = await audited(
          client,
          { interaction: 'create', resourceType: type, resourceId: null },
          () => {
            requireScope(client, type, 'c');
            return create(contextOf(client, request), resourceBody(request, type), conditionalOf(request));
          },
        );
        if (result.status === 201)
          reply.header('location', `${baseUrlOf(request)}/${type}/${result.resource.id}`);
        return send(reply, result.status, result.resource);
      });
    }

    const instanceWrite = (
      interaction: 'update' | 'patch',
      work: (context: FhirContext, id: string, request: FastifyRequest) => Promise<FhirWriteResult>,
    ) => {
      const route = interaction === 'update' ? app.put.bind(app) : app.patch.bind(app);
      route(`/${type}/:id`, { schema: { hide: true } }, async (request, reply) => {
        const { id } = request.params as { id: string };
        const client = await clientOf(request);
        const result = await audited(
          client,
          { interaction, resourceType: type, resourceId: id },
          async () => {
            requireScope(client, type, 'u');
            if (!isTalonId(id)) throw new FhirError(404, 'not-found', `Ресурс ${type}/${id} не найден.`);
            return work(contextOf(client, request), id, request);
          },
        );
        return send(reply, result.status, result.resource);
      });
    };
    if (update)
      instanceWrite('update', (context, id, request) => update(context, id, resourceBody(request, type)));
    if (patch) instanceWrite('patch', (context, id, request) => patch(context, id, patchBody(request)));

    for (const [name, operation] of Object.entries(operations ?? {})) {
      app.post(`/${type}/$${name}`, { schema: { hide: true } }, async (request, reply) => {
        const client = await clientOf(request);
        const result = await audited(
          client,
          { interaction: 'operation', resourceType: type, resourceId: `$${name}` },
          () => {
            requireScope(client, operation.scope.type, operation.scope.permission);
            return operation.run(contextOf(client, request), resourceBody(request, 'Parameters'));
          },
        );
        return send(reply, result.status, result.resource);
      });
    }
  }
}
