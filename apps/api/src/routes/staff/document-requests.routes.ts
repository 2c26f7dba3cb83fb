import { problemResponses, ZDocumentRequest, ZIdParams, ZSignDocumentRequestBody } from '@talon/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { originOf } from '../../plugins/auth/auth.plugin';
import { presentDocumentRequest } from '../patient/document-requests.presenter';
import { principalOf } from '../route-preamble';

/**
 * A doctor signs a certificate or extract waiting for a signature (issue 11 item 6) with their own
 * certificate; the doctor's screen for it comes with the medical worker's cabinet.
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
};
