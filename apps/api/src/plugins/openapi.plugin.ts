import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

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
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: false });
}

export default fp(openapi, { name: 'openapi' });
