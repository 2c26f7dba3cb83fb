import type { FhirSubscriptionsUseCases } from '@talon/core/fhir-subscriptions';
import {
  type ClientAuthenticator,
  type ClientCall,
  type ClientCallRecorder,
  type ClientPrincipal,
  type ScopePermission,
  scopesAllow,
} from '@talon/core/integration-clients';
import type { InteropReads } from '@talon/core/interop';
import type { MisSchedulesUseCases } from '@talon/core/mis-schedules';
import type { Clock } from '@talon/core/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { capabilityStatement } from './capability-statement';
import { searchsetBundle } from './fhir-bundle';
import { baseUrlOf, parametersOf, queryOf, send } from './fhir-http';
import { FhirError, notFound, operationOutcome, unsupported } from './fhir-outcome';
import { type FhirBooking, type FhirContext, type FhirResourceHandler, ONE } from './fhir-resource-handler';
import { FHIR_RESOURCES } from './fhir-resources';
import { isTalonId, pageOf, type SearchQuery } from './fhir-search-params';
import { subjectPatientOf } from './fhir-subject';
import type { FhirResource } from './fhir-types';
import { addFhirBodyParsers, asFhirError, registerWriteRoutes } from './fhir-write-routes';
import { fhirInboundPlugin } from './inbound/fhir-inbound.plugin';
import { misScheduleRoutes } from './inbound/mis-schedule-routes';
import { subscriptionRoutes } from './subscriptions/subscription-interactions';

export { FHIR_CONTENT_TYPE } from './fhir-http';

export interface FhirPluginOptions {
  /** Resolves the bearer token of a call to its integration client (the OAuth module's). */
  authenticateClient: ClientAuthenticator;
  /** Writes the audit entry of every authenticated call, success or not. */
  recordClientCall: ClientCallRecorder;
  /** What the resources are read from: Talon's own rows. */
  reads: InteropReads;
  /** Rest-hook subscriptions of the clients (`subscriptions/`). */
  subscriptions: FhirSubscriptionsUseCases;
  /** The PDF of a document (`Binary/<document id>`), or null when it has none. */
  documentPdf: (documentId: string) => Promise<Uint8Array | null>;
  /** What the write interactions and operations book, hold and cancel through (core's client booking). */
  booking: FhirBooking;
  /** What a regional MIS's Slot and Schedule pushes act through (core `misSchedulesUseCases`). */
  misSchedules: MisSchedulesUseCases;
  clock: Clock;
}

/** Parameters every search takes besides its own. */
const PAGING_PARAMETERS = new Set(['_count', '_offset', '_include', '_format']);
const JSON_FORMATS = new Set(['json', 'application/json', 'application/fhir+json']);

/** Refuses a parameter the handler does not declare (FHIR's `handling=strict`), or an `_include` it lacks. */
function checkParameters(handler: FhirResourceHandler, query: SearchQuery): void {
  const declared = new Set(handler.searchParams.map((p) => p.name));
  for (const name of query.keys()) {
    if (!declared.has(name) && !PAGING_PARAMETERS.has(name)) {
      throw unsupported(`Параметр поиска ${name} не поддерживается для ${handler.type}.`);
    }
  }
  for (const include of query.get('_include') ?? []) {
    if (!(include in handler.includes)) throw unsupported(`_include=${include} не поддерживается.`);
  }
  const format = query.get('_format')?.[0];
  if (format !== undefined && !JSON_FORMATS.has(format))
    throw unsupported('Поддерживается только формат JSON.');
}

/**
 * FHIR R4 at `/fhir/R4` (issue 14, item 2): `metadata` for anyone; read and search of each resource type of
 * `FHIR_RESOURCES` for integration clients with a bearer token and the SMART v2 scope of the interaction
 * (`system/<Type>.r` to read, `.s` to search). Every refusal is an OperationOutcome; every authenticated call
 * is audited through `recordClientCall`.
 */
export async function fhirPlugin(app: FastifyInstance, options: FhirPluginOptions): Promise<void> {
  addFhirBodyParsers(app);
  app.setErrorHandler(async (raw, request, reply) => {
    const error = asFhirError(raw);
    if (error instanceof FhirError) {
      for (const [name, value] of Object.entries(error.headers)) reply.header(name, value);
      return send(reply, error.status, operationOutcome(error.code, error.diagnostics, error.detail));
    }
    const status = (error as { statusCode?: number }).statusCode ?? 500;
    if (status >= 500) request.log.error({ err: error }, 'fhir call failed');
    const diagnostics = status >= 500 ? 'Внутренняя ошибка сервера.' : 'Некорректный запрос.';
    return send(reply, status, operationOutcome(status >= 500 ? 'exception' : 'invalid', diagnostics));
  });
  app.setNotFoundHandler(async (request, reply) =>
    send(
      reply,
      404,
      operationOutcome(
        'not-supported',
        `Операция ${request.method} ${request.url.split('?')[0]} не поддерживается.`,
      ),
    ),
  );

  app.get('/metadata', { schema: { hide: true } }, async (request, reply) =>
    send(reply, 200, capabilityStatement(FHIR_RESOURCES, baseUrlOf(request))),
  );

  /** Authenticates the call; the client, or the 401/429 refusal. */
  async function clientOf(request: FastifyRequest): Promise<ClientPrincipal> {
    const authentication = await options.authenticateClient(request.headers.authorization);
    if (authentication.ok) return authentication.client;
    if (authentication.error === 'rate_limited') {
      throw new FhirError(429, 'throttled', 'Слишком много запросов. Повторите позже.', {
        'retry-after': String(authentication.retryAfterSeconds),
      });
    }
    const challenge =
      authentication.error === 'invalid_token'
        ? 'Bearer realm="talon", error="invalid_token"'
        : 'Bearer realm="talon"';
    throw new FhirError(
      401,
      'login',
      authentication.error === 'invalid_token'
        ? 'Токен доступа недействителен или истёк.'
        : 'Нужен токен доступа (Authorization: Bearer).',
      { 'www-authenticate': challenge },
    );
  }

  /** Runs one interaction of an authenticated client and audits it, whatever its outcome. */
  async function audited<R extends { status?: number; subjectPatientId: string | null }>(
    client: ClientPrincipal,
    call: Pick<ClientCall, 'interaction' | 'resourceType' | 'resourceId'>,
    work: () => Promise<R>,
  ): Promise<R> {
    const record = (
      outcome: ClientCall['outcome'],
      status: number,
      subjectPatientId: string | null,
      resourceId = call.resourceId,
    ) => options.recordClientCall(client, { ...call, resourceId, subjectPatientId, outcome, status });
    try {
      const result = await work();
      // A create's entry names what it made (or, conditional, found): its id is known only now.
      const createdId =
        call.interaction === 'create' ? (result as { resource?: FhirResource }).resource?.id : undefined;
      await record(
        'success',
        result.status ?? 200,
        result.subjectPatientId,
        call.resourceId ?? createdId ?? null,
      );
      return result;
    } catch (thrown) {
      const error = asFhirError(thrown);
      const status = error instanceof FhirError ? error.status : 500;
      await record(status === 403 ? 'denied' : 'failure', status, null);
      throw error;
    }
  }

  const requireScope = (client: ClientPrincipal, type: string, permission: ScopePermission) => {
    if (!scopesAllow(client.scopes, type, permission)) {
      throw new FhirError(403, 'forbidden', `Токену не выдана область system/${type}.${permission}.`);
    }
  };
  const contextOf = (client: ClientPrincipal, request: FastifyRequest): FhirContext => ({
    reads: options.reads,
    booking: options.booking,
    client,
    now: options.clock.now(),
    baseUrl: baseUrlOf(request),
  });
  registerWriteRoutes(app, { clientOf, audited, requireScope, contextOf });

  await app.register(fhirInboundPlugin, { clientOf, recordClientCall: options.recordClientCall, send });
  misScheduleRoutes(
    app,
    { clientOf, audited, requireScope, send, baseUrlOf, reads: options.reads, clock: options.clock },
    options.misSchedules,
  );

  for (const handler of FHIR_RESOURCES) {
    const { type } = handler;

    app.get(`/${type}/:id`, { schema: { hide: true } }, async (request, reply) => {
      const { id } = request.params as { id: string };
      const client = await clientOf(request);
      const body = await audited(
        client,
        { interaction: 'read', resourceType: type, resourceId: id },
        async () => {
          requireScope(client, type, 'r');
          const resource = isTalonId(id) ? await handler.read(contextOf(client, request), id) : null;
          if (!resource) throw notFound(type, id);
          return {
            status: 200,
            resource,
            subjectPatientId: handler.subjectOf?.(resource) ?? subjectPatientOf(resource),
          };
        },
      );
      return send(reply, 200, body.resource);
    });

    app.get(`/${type}`, { schema: { hide: true } }, async (request, reply) => {
      const client = await clientOf(request);
      const body = await audited(
        client,
        { interaction: 'search', resourceType: type, resourceId: null },
        async () => {
          requireScope(client, type, 's');
          const parameters = parametersOf(request);
          const query = queryOf(parameters);
          checkParameters(handler, query);
          const page = pageOf(query);
          const context = contextOf(client, request);
          const { matches, total, subjectPatientId } = await handler.search(context, query, page);
          const included: FhirResource[] = [];
          for (const include of new Set(query.get('_include') ?? [])) {
            const found = await handler.includes[include]?.(context, matches);
            // An included resource is a read of its type: only the types the token may read are added.
            included.push(...(found ?? []).filter((r) => scopesAllow(client.scopes, r.resourceType, 'r')));
          }
          const links = { baseUrl: baseUrlOf(request), type, parameters, ...page };
          // A search of one person's data (Appointment?patient=…) is audited as a read of theirs.
          const subjects = new Set(matches.map((m) => handler.subjectOf?.(m) ?? subjectPatientOf(m)));
          return {
            status: 200,
            resource: searchsetBundle(links, total, matches, included),
            subjectPatientId: subjectPatientId ?? (subjects.size === 1 ? [...subjects][0]! : null),
          };
        },
      );
      return send(reply, 200, body.resource);
    });
  }

  const subscriptionKit = {
    clientOf,
    requireScope,
    send,
    baseUrlOf,
    // A subscription is the client's own setting, nobody's medical data: no subject in its audit entries.
    audited: async (
      client: ClientPrincipal,
      call: Pick<ClientCall, 'interaction' | 'resourceType' | 'resourceId'>,
      work: () => Promise<FhirResource>,
    ) =>
      (
        await audited(client, call, async () => ({
          resource: await work(),
          subjectPatientId: null,
          // A created subscription is answered 201: its entry says so.
          status: call.interaction === 'create' ? 201 : 200,
        }))
      ).resource,
  };
  subscriptionRoutes(app, subscriptionKit, options.subscriptions);
  // A signed document's PDF, the `content.attachment.url` of its DocumentReference: the bytes themselves
  // (application/pdf), for a token with `system/Binary.r`; the read is audited with the document's patient.
  app.get('/Binary/:id', { schema: { hide: true } }, async (request, reply) => {
    const { id } = request.params as { id: string };
    const client = await clientOf(request);
    const { body: pdf } = await audited(
      client,
      { interaction: 'read', resourceType: 'Binary', resourceId: id },
      async () => {
        requireScope(client, 'Binary', 'r');
        const document = isTalonId(id)
          ? (await options.reads.documents({ ids: [id] }, ONE)).items[0]
          : undefined;
        const bytes = document ? await options.documentPdf(document.id) : null;
        if (!document || !bytes) throw notFound('Binary', id);
        return { body: bytes, subjectPatientId: document.patientId };
      },
    );
    return reply
      .code(200)
      .type('application/pdf')
      .header('cache-control', 'no-store')
      .header('content-disposition', `inline; filename="${id}.pdf"`)
      .send(Buffer.from(pdf));
  });
}
