import {
  adminProblemResponses,
  problemResponses,
  ZAdminDataRequest,
  ZAdminDataRequestPage,
  ZAdminDataRequestsQuery,
  ZDataRequestStatusChange,
  ZIdParams,
  ZProblem,
} from '@talon/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { originOf } from '../../plugins/auth/auth.plugin';
import { toAdminDataRequest } from '../patient/privacy.presenters';
import { principalOf } from '../route-preamble';

/**
 * Data-subject requests for administrators: ids, kinds, statuses and deadlines only (no personal data). A
 * clinic admin sees the requests of patients attached to their clinics, a system admin all of them.
 */
export const adminDataRequestsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { privacy } = app.services;
  const tags = ['Admin'];
  const config = { access: { roles: ['system_admin', 'clinic_admin'] as const } };

  app.get(
    '/admin/data-requests',
    {
      config,
      schema: {
        tags,
        summary: 'Data-subject requests, latest deadline first; `overdue=true` for open ones past it',
        querystring: ZAdminDataRequestsQuery,
        response: { 200: ZAdminDataRequestPage, ...adminProblemResponses },
      },
    },
    async (request) => {
      const page = await privacy.listDataRequests(principalOf(request), request.query);
      return { ...page, items: page.items.map(toAdminDataRequest) };
    },
  );

  app.post(
    '/admin/data-requests/:id/status',
    {
      config,
      schema: {
        tags,
        summary: 'Move a request on: in progress, done or rejected (audited)',
        params: ZIdParams,
        body: ZDataRequestStatusChange,
        response: {
          200: ZAdminDataRequest,
          404: problemResponses[404],
          409: ZProblem.describe('The request is closed or already has this status'),
          ...adminProblemResponses,
        },
      },
    },
    async (request) =>
      toAdminDataRequest(
        await privacy.changeDataRequestStatus(principalOf(request), {
          requestId: request.params.id,
          status: request.body.status,
          origin: originOf(request),
        }),
      ),
  );
};
