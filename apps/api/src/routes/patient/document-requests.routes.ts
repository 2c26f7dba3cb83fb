import {
  problemResponses,
  ZDocumentRequest,
  ZDocumentRequestEmailResult,
  ZDocumentRequestList,
  ZDocumentRequestsQuery,
  ZIdParams,
  ZOrderDocumentBody,
  ZProblem,
} from '@talon/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { originOf } from '../../plugins/auth/auth.plugin';
import { noStoreHeaders, principalOf } from '../route-preamble';
import { presentDocumentRequest } from './document-requests.presenter';

const errors = {
  ...problemResponses,
  401: ZProblem.describe('Not logged in'),
  404: problemResponses[404].describe(
    'No such request or person, or no right to their medical data (rule 16)',
  ),
};

/**
 * Certificates and extracts, «Мои документы» (issue 11 item 6): the patient (or a representative with
 * medical access, `patientId`) orders, lists, and has a ready document announced by e-mail. The PDF itself
 * is the record's document (`fileUrl`).
 */
export const documentRequestsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { documentRequests } = app.services;
  const tags = ['Certificates and extracts'];
  const config = { access: 'authenticated' as const };

  app.post(
    '/document-requests',
    {
      config,
      schema: {
        tags,
        summary: 'Order a certificate or an extract: 201 a new request, 200 the last one reused (same order)',
        body: ZOrderDocumentBody,
        response: {
          200: ZDocumentRequest.describe('The same order again: the last request, still in work or current'),
          201: ZDocumentRequest,
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const { request: ordered, reused } = await documentRequests.order(principalOf(request), {
        ...request.body,
        origin: originOf(request),
      });
      reply.headers(noStoreHeaders).code(reused ? 200 : 201);
      return presentDocumentRequest(ordered);
    },
  );

  app.get(
    '/document-requests',
    {
      config,
      schema: {
        tags,
        summary: "The patient's certificate and extract requests, newest first",
        querystring: ZDocumentRequestsQuery,
        response: { 200: ZDocumentRequestList, ...errors },
      },
    },
    async (request, reply) => {
      reply.headers(noStoreHeaders);
      const items = await documentRequests.list(principalOf(request), {
        ...request.query,
        origin: originOf(request),
      });
      return { items: items.map(presentDocumentRequest) };
    },
  );

  app.post(
    '/document-requests/:id/email',
    {
      config,
      schema: {
        tags,
        summary:
          'E-mail the account a notice that the document is ready, with a link to the cabinet (no content)',
        params: ZIdParams,
        response: { 200: ZDocumentRequestEmailResult, ...errors },
      },
    },
    async (request) =>
      documentRequests.email(principalOf(request), {
        requestId: request.params.id,
        origin: originOf(request),
      }),
  );
};
