import {
  problemResponses,
  ZAttachmentDecision,
  ZDeskAttachment,
  ZIdParams,
  ZPatientAttachment,
  ZProblem,
  ZRegistryAttachmentRequest,
  ZRegistryAttachmentRequestList,
  ZRegistryAttachmentRequestsQuery,
} from '@talon/contracts';
import { ATTACHMENT_STAFF_ROLES } from '@talon/core/attachment';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { originOf } from '../../plugins/auth/auth.plugin';
import { toRegistryAttachmentRequest } from '../patient/attachment.presenter';
import { accessRefusals, noStore, principalOf } from '../route-preamble';

const errors = accessRefusals('Not registry staff');

/**
 * Attachment at the registry (issue 13 item 2): the requests made to the registrar's clinics, their
 * decision, and attaching a patient at the desk. Another clinic's request: 404 and an `access.denied` entry.
 */
export const registryAttachmentRoutes: FastifyPluginAsyncZod = async (app) => {
  const { attachment } = app.services;
  const tags = ['Registry'];
  const config = { access: { roles: ATTACHMENT_STAFF_ROLES } };
  noStore(app);

  app.get(
    '/registry/attachment-requests',
    {
      config,
      schema: {
        tags,
        summary: 'Attachment requests made to my clinics, oldest first (audited read)',
        querystring: ZRegistryAttachmentRequestsQuery,
        response: { 200: ZRegistryAttachmentRequestList, ...errors },
      },
    },
    async (request) => ({
      items: (
        await attachment.listAttachmentRequests(principalOf(request), {
          status: request.query.status,
          origin: originOf(request),
        })
      ).map(toRegistryAttachmentRequest),
    }),
  );

  app.post(
    '/registry/attachment-requests/:id/decision',
    {
      config,
      schema: {
        tags,
        summary: 'Approve (attaches the patient, ends the previous attachment) or reject with a reason',
        params: ZIdParams,
        body: ZAttachmentDecision,
        response: {
          200: ZRegistryAttachmentRequest,
          404: problemResponses[404],
          409: ZProblem.describe('Already decided, or the attachment changed less than a year ago'),
          ...errors,
        },
      },
    },
    async (request) =>
      toRegistryAttachmentRequest(
        await attachment.decideAttachmentRequest(principalOf(request), {
          requestId: request.params.id,
          decision: request.body.decision,
          comment: request.body.comment,
          origin: originOf(request),
        }),
      ),
  );

  app.post(
    '/registry/patients/:id/attachment',
    {
      config,
      schema: {
        tags,
        summary: 'Attach a patient to my clinic at the desk (the previous attachment ends today)',
        params: ZIdParams,
        body: ZDeskAttachment,
        response: {
          200: ZPatientAttachment,
          404: problemResponses[404],
          409: ZProblem.describe('Changed less than a year ago (unless moved), or already attached there'),
          ...errors,
        },
      },
    },
    async (request) => {
      const attached = await attachment.attachAtDesk(principalOf(request), {
        ...request.body,
        patientId: request.params.id,
        origin: originOf(request),
      });
      return {
        organization: { id: attached.organizationId!, name: attached.organizationName },
        district: attached.district,
        since: attached.since!,
      };
    },
  );
};
