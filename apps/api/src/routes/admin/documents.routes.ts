import {
  adminProblemResponses,
  problemResponses,
  ZAdminDocumentRequestList,
  ZAdminDocumentRequestsQuery,
  ZIdParams,
  ZRevokeDocumentBody,
  ZRevokedDocument,
} from '@talon/contracts';
import { DOCUMENT_REQUEST_STAFF_ROLES, DOCUMENT_TITLES } from '@talon/core/document-requests';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { originOf } from '../../plugins/auth/auth.plugin';
import { noStore, principalOf } from '../route-preamble';

/**
 * The clinic's side of certificates and extracts: the queue of open requests addressed to the caller's clinics
 * (issue 13 item 3), and the revocation of a document the clinic issued (the public check then says `revoked`).
 */
export const adminDocumentsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { documentRequests } = app.services;
  noStore(app);

  app.get(
    '/admin/document-requests',
    {
      config: { access: { roles: DOCUMENT_REQUEST_STAFF_ROLES } },
      schema: {
        tags: ['Admin'],
        summary:
          'Certificate and extract requests to my clinics, open ones by default, oldest first, with the legal deadline (audited read)',
        querystring: ZAdminDocumentRequestsQuery,
        response: { 200: ZAdminDocumentRequestList, ...adminProblemResponses },
      },
    },
    async (request) => ({
      items: (
        await documentRequests.listForClinic(principalOf(request), {
          status: request.query.status,
          origin: originOf(request),
        })
      ).map((item) => ({
        id: item.id,
        number: item.number,
        type: item.type,
        title: DOCUMENT_TITLES[item.type],
        status: item.status,
        patient: { id: item.patientId, name: item.patientName },
        organization:
          item.organizationId && item.organizationName
            ? { id: item.organizationId, name: item.organizationName }
            : null,
        createdAt: item.createdAt.toISOString(),
        dueAt: item.dueAt.toISOString(),
        isOverdue: item.isOverdue,
      })),
    }),
  );

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
