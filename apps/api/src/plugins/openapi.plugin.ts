import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

type JsonSchema = { type?: unknown; anyOf?: JsonSchema[] };
type Operation = { requestBody?: { required?: boolean; content?: Record<string, { schema?: JsonSchema }> } };

const acceptsNull = (schema: JsonSchema | undefined): boolean =>
  schema?.type === 'null' || (schema?.anyOf ?? []).some(acceptsNull);

/**
 * A route whose body schema accepts null (`ZCancelAppointmentRequest.nullish()`) takes a request without a
 * body too: «cancel» without a reason, a hold for oneself. @fastify/swagger marks every body required, so
 * such bodies are marked optional here, and the typed web client may leave them out.
 */
export function markOptionalBodies<T extends object>(document: T): T {
  const { paths = {} } = document as { paths?: Record<string, Record<string, unknown>> };
  for (const route of Object.values(paths)) {
    for (const operation of Object.values(route) as Operation[]) {
      const body = operation?.requestBody;
      const schemas = Object.values(body?.content ?? {}).map((media) => media.schema);
      if (body && schemas.length > 0 && schemas.every(acceptsNull)) body.required = false;
    }
  }
  return document;
}

/**
 * The OpenAPI 3.1 document is generated from the zod route schemas (the contracts package), so the
 * description cannot drift from what the server validates. UI at /api/docs, JSON at /api/docs/json.
 */
async function openapi(app: FastifyInstance) {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Talon API',
        version: '1.0.0',
        description:
          'Online booking at state clinics. Errors are RFC 9457 problem+json with a Russian `detail` and a stable `code`.',
      },
      tags: [
        { name: 'Directory', description: 'Regions, specialties, clinics and doctors (public)' },
        { name: 'System', description: 'Health, readiness and metrics' },
      ],
    },
    transform: jsonSchemaTransform,
    transformObject: (document) => markOptionalBodies(jsonSchemaTransformObject(document)),
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: false });
}

export default fp(openapi, { name: 'openapi' });
