import {
  ZAttachmentRequest,
  ZAttachmentRequestList,
  ZCreateAttachmentRequest,
  ZProblem,
} from '@talon/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { originOf } from '../../plugins/auth/auth.plugin';
import { noStore, patientRefusals, principalOf } from '../route-preamble';
import { toAttachmentRequest } from './attachment.presenter';

/**
 * The patient's attachment requests (issue 13 item 2): apply to attach to a clinic, with the scan of the
 * application; see the requests and their decisions. For the patient themselves: a representative applies
 * for a ward at the desk. Never cached.
 */
export const attachmentRoutes: FastifyPluginAsyncZod = async (app) => {
  const { attachment } = app.services;
  const tags = ['Attachment'];
  const config = { access: { roles: ['patient'] as const } };
  noStore(app);

  app.post(
    '/me/attachment-requests',
    {
      config,
      schema: {
        tags,
        summary: 'Apply to attach to a clinic (status «На рассмотрении»)',
        description:
          'At most one change of attachment a year unless `moved` (409 `ATTACHMENT_CHANGE_TOO_SOON` on ' +
          '`body.moved`); one request under review at a time (409 `ATTACHMENT_REQUEST_OPEN`).',
        body: ZCreateAttachmentRequest,
        response: {
          201: ZAttachmentRequest,
          404: ZProblem.describe('Unknown clinic'),
          409: ZProblem.describe(
            'Changed less than a year ago, a request already under review, or already attached',
          ),
          ...patientRefusals,
        },
      },
    },
    async (request, reply) => {
      const created = await attachment.submitAttachmentRequest(principalOf(request), {
        ...request.body,
        origin: originOf(request),
      });
      return reply.code(201).send(toAttachmentRequest(created));
    },
  );

  app.get(
    '/me/attachment-requests',
    {
      config,
      schema: {
        tags,
        summary: 'My attachment requests, newest first',
        response: { 200: ZAttachmentRequestList, ...patientRefusals },
      },
    },
    async (request) => ({
      items: (await attachment.listMyAttachmentRequests(principalOf(request))).map(toAttachmentRequest),
    }),
  );
};
