import {
  problemResponses,
  ZDocumentCheckParams,
  ZDocumentVerification,
  ZVerifyDocumentQuery,
} from '@talon/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { presentVerification } from '../patient/document-requests.presenter';

/** Per client address: enough for a person checking papers, too few to walk the space of hashes or codes. */
const rateLimit = { name: 'document-check', max: 30, windowSeconds: 60 };

/**
 * The public document check (issue 12 item 6): anyone, without signing in, learns whether a document is
 * genuine and unrevoked — by the SHA-256 of the file, or by the QR code's random code (the check page).
 * The answer never names the patient nor shows the content.
 */
export const documentCheckRoutes: FastifyPluginAsyncZod = async (app) => {
  const { documentRequests } = app.services;
  const tags = ['Document verification'];
  const config = { access: 'public' as const, rateLimit };

  app.get(
    '/documents/verify',
    {
      config,
      schema: {
        tags,
        summary: 'Is the file with this SHA-256 a document issued here, and is it valid or revoked?',
        querystring: ZVerifyDocumentQuery,
        response: { 200: ZDocumentVerification, ...problemResponses },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return presentVerification(await documentRequests.verify(null, { sha256: request.query.sha256 }));
    },
  );

  app.get(
    '/documents/check/:code',
    {
      config,
      schema: {
        tags,
        summary: "The QR check page's lookup: the document of this code, with its SHA-256",
        params: ZDocumentCheckParams,
        response: { 200: ZDocumentVerification, ...problemResponses },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return presentVerification(await documentRequests.check(null, { code: request.params.code }));
    },
  );
};
