import { problemResponses, ZIdParams, ZRevokeDocumentBody, ZRevokedDocument } from '@talon/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { originOf } from '../../plugins/auth/auth.plugin';
import { principalOf } from '../route-preamble';

/** A clinic admin revokes a document their clinic issued: the public check says `revoked` from then on. */
export const adminDocumentsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { documentRequests } = app.services;

  app.post(
    '/admin/documents/:id/revoke',
    {
      config: { access: { roles: ['clinic_admin'] as const } },
      schema: {
        tags: ['Document verification'],
        summary: 'Revoke an issued document (clinic admin of the issuing clinic), with a reason',
        params: ZIdParams,
        body: ZRevokeDocumentBody,
        response: { 200: ZRevokedDocument, ...problemResponses },
      },
    },
    async (request) => {
      const { revokedAt } = await documentRequests.revoke(principalOf(request), {
        documentId: request.params.id,
        reason: request.body.reason,
        origin: originOf(request),
      });
      return { id: request.params.id, status: 'revoked' as const, revokedAt: revokedAt.toISOString() };
    },
  );
};
