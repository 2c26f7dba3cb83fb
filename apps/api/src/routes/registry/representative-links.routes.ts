import {
  problemResponses,
  ZIdParams,
  ZLinkDecisionRequest,
  ZProblem,
  ZRepresentativeLink,
  z,
} from '@talon/contracts';
import type { LinkForApproval } from '@talon/core/access';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { originOf } from '../../plugins/auth/auth.plugin';
import { callerRefusals, principalOf } from '../route-preamble';

const person = ({ surname, name, patronymic, birthDate }: LinkForApproval['ward']) => ({
  surname,
  name,
  patronymic,
  birthDate,
});

/** A waiting link with what the registrar checks; the scan opens through the uploads API. */
const toLink = (link: LinkForApproval) => ({
  id: link.id,
  relation: link.relation,
  status: link.status,
  representativePatientId: link.representativePatientId,
  wardPatientId: link.wardPatientId,
  representative: person(link.representative),
  ward: person(link.ward),
  document: link.document,
  documentFileId: link.documentFileId,
  documentUrl: link.documentFileId ? `/api/v1/uploads/${link.documentFileId}` : null,
  createdAt: link.createdAt.toISOString(),
});

/**
 * The registry of the ward's clinic (or its admin) approves or rejects representative links after checking
 * the document; links of wards attached to no clinic go to a system admin (docs/identity.md).
 */
export const representativeLinksRoutes: FastifyPluginAsyncZod = async (app) => {
  const { access } = app.services;
  const tags = ['Representatives'];
  const config = { access: { roles: ['registrar', 'clinic_admin', 'system_admin'] as const } };
  const errors = callerRefusals('Not registry staff nor a system admin, or CSRF token missing');

  app.get(
    '/registry/representative-links',
    {
      config,
      schema: {
        tags,
        summary:
          'Links waiting for approval: wards of my clinics (a system admin: wards without a clinic), with the document to check',
        querystring: z.object({ status: z.literal('pending').default('pending') }),
        response: {
          200: z.object({ items: z.array(ZRepresentativeLink) }),
          400: problemResponses[400],
          ...errors,
        },
      },
    },
    async (request) => ({
      items: (await access.listPendingLinks(principalOf(request), { origin: originOf(request) })).map(toLink),
    }),
  );

  app.post(
    '/registry/representative-links/:id/decision',
    {
      config,
      schema: {
        tags,
        summary: 'Approve or reject a link after checking the birth certificate or guardianship decision',
        params: ZIdParams,
        body: ZLinkDecisionRequest,
        response: {
          200: ZRepresentativeLink,
          400: problemResponses[400],
          404: problemResponses[404],
          409: ZProblem,
          ...errors,
        },
      },
    },
    async (request) =>
      toLink(
        await access.decideLink(principalOf(request), {
          linkId: request.params.id,
          decision: request.body.decision,
          reason: request.body.reason,
          origin: originOf(request),
        }),
      ),
  );
};
