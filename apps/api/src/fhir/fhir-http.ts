import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FhirResource } from './fhir-types';

export const FHIR_CONTENT_TYPE = 'application/fhir+json; charset=utf-8';

/** Every FHIR answer: its status, the FHIR JSON type and no caching (the answers are a client's own). */
export function send(reply: FastifyReply, status: number, body: FhirResource) {
  return reply.code(status).type(FHIR_CONTENT_TYPE).header('cache-control', 'no-store').send(body);
}

export const baseUrlOf = (request: FastifyRequest) => `${request.protocol}://${request.host}/fhir/R4`;

/** The query string as sent, in order, repeated names kept (`start=ge…&start=lt…`). */
export const parametersOf = (request: FastifyRequest): [string, string][] => [
  ...new URLSearchParams(request.url.split('?')[1] ?? '').entries(),
];

export function queryOf(parameters: [string, string][]): Map<string, string[]> {
  const query = new Map<string, string[]>();
  for (const [name, value] of parameters) query.set(name, [...(query.get(name) ?? []), value]);
  return query;
}
