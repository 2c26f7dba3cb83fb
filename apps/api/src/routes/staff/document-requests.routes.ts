import {
  problemResponses,
  ZDocumentRequest,
  ZIdParams,
  ZRejectDocumentRequestBody,
  ZSignDocumentRequestBody,
} from '@talon/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { originOf } from '../../plugins/auth/auth.plugin';
import { presentDocumentRequest } from '../patient/document-requests.presenter';
import { principalOf } from '../route-preamble';

/**
 * A doctor signs a certificate or extract waiting for a signature (issue 11 item 6) with their own
 * certificate, or refuses it with a reason the patient reads (issue 12); the doctor's screen for both is
 * «Документы» → «На подпись».
 */
export const practitionerDocumentRequestsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { documentRequests } = app.services;

  app.post(
    '/practitioner/document-requests/:id/sign',
    {
      config: { access: { roles: ['doctor', 'nurse'] as const } },
      schema: {
        tags: ['Certificates and extracts'],
        summary: "Sign a request awaiting_signature with the practitioner's certificate → ready",
        params: ZIdParams,
        body: ZSignDocumentRequestBody,
        response: { 200: ZDocumentRequest, ...problemResponses },
      },
    },
    async (request) =>
      presentDocumentRequest(
        await documentRequests.sign(principalOf(request), {
          requestId: request.params.id,
          conclusion: request.body.conclusion ?? null,
          origin: originOf(request),
        }),
      ),
  );

  app.post(
    '/practitioner/document-requests/:id/reject',
    {
      config: { access: { roles: ['doctor', 'nurse'] as const } },
      schema: {
        tags: ['Certificates and extracts'],
        summary: 'Refuse a request awaiting_signature with a reason the patient reads → rejected',
        params: ZIdParams,
        body: ZRejectDocumentRequestBody,
        response: { 200: ZDocumentRequest, ...problemResponses },
      },
    },
    async (request) =>
      presentDocumentRequest(
        await documentRequests.reject(principalOf(request), {
          requestId: request.params.id,
          reason: request.body.reason,
          origin: originOf(request),
        }),
      ),
  );
};
