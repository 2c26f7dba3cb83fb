import type { ClientCall, ClientPrincipal, ScopePermission } from '@talon/core/integration-clients';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FhirResource } from './fhir-types';

/**
 * What a route module of the adapter (`subscriptions/`) shares with the plugin: the bearer check, the call
 * audit, the scope check and the FHIR answer, so every route refuses and audits alike.
 */
export interface FhirCallKit {
  clientOf(request: FastifyRequest): Promise<ClientPrincipal>;
  audited(
    client: ClientPrincipal,
    call: Pick<ClientCall, 'interaction' | 'resourceType' | 'resourceId'>,
    work: () => Promise<FhirResource>,
  ): Promise<FhirResource>;
  requireScope(client: ClientPrincipal, type: string, permission: ScopePermission): void;
  send(reply: FastifyReply, status: number, body: FhirResource): FastifyReply;
  baseUrlOf(request: FastifyRequest): string;
}
