import {
  adminProblemResponses,
  problemResponses,
  ZAdminDataChangeRequest,
  ZAdminDataChangeRequestPage,
  ZAdminDataChangeRequestsQuery,
  ZDataChangeDecision,
  ZIdParams,
  ZProblem,
} from '@talon/contracts';
import { DATA_CHANGE_STAFF_ROLES } from '@talon/core/data-changes';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { originOf } from '../../plugins/auth/auth.plugin';
import { toAdminDataChangeRequest } from '../patient/data-changes.presenter';
import { noStore, principalOf } from '../route-preamble';

/** The refusals of a decision on one request (decide, apply). */
const decisionErrors = {
  404: problemResponses[404],
  409: ZProblem.describe(
    'Not allowed from the request’s status (decided twice, applying a rejected or undecided one), or a phone/e-mail not yet confirmed',
  ),
  ...adminProblemResponses,
};

/**
 * Data-change requests for the clinic's staff (issue 11 item 5): the registrar or clinic admin of the
 * patient's clinic, a system admin for all. Outside that scope: 404 and an `access.denied` entry.
 */
export const adminDataChangesRoutes: FastifyPluginAsyncZod = async (app) => {
  const { dataChanges } = app.services;
  const tags = ['Admin'];
  const config = { access: { roles: DATA_CHANGE_STAFF_ROLES } };
  noStore(app);

  app.get(
    '/admin/data-change-requests',
    {
      config,
      schema: {
        tags,
        summary:
          'Data-change requests of my clinics’ patients, overdue first, then by deadline (audited read)',
        querystring: ZAdminDataChangeRequestsQuery,
        response: { 200: ZAdminDataChangeRequestPage, ...adminProblemResponses },
      },
    },
    async (request) => {
      const page = await dataChanges.listDataChangeRequests(principalOf(request), {
        ...request.query,
        origin: originOf(request),
      });
      return { ...page, items: page.items.map(toAdminDataChangeRequest) };
    },
  );

  app.post(
    '/admin/data-change-requests/:id/decision',
    {
      config,
      schema: {
        tags,
        summary: 'Approve or reject a request «В работе» (→ «Одобрено» or «Отклонено»); the patient is told',
        params: ZIdParams,
        body: ZDataChangeDecision,
        response: { 200: ZAdminDataChangeRequest, ...decisionErrors },
      },
    },
    async (request) =>
      toAdminDataChangeRequest(
        await dataChanges.decideDataChangeRequest(principalOf(request), {
          requestId: request.params.id,
          decision: request.body.decision,
          comment: request.body.comment,
          origin: originOf(request),
        }),
      ),
  );

  app.post(
    '/admin/data-change-requests/:id/apply',
    {
      config,
      schema: {
        tags,
        summary:
          'Write an approved change into the patient’s card (→ «Изменения применены»); the patient is told',
        params: ZIdParams,
        response: { 200: ZAdminDataChangeRequest, ...decisionErrors },
      },
    },
    async (request) =>
      toAdminDataChangeRequest(
        await dataChanges.applyDataChangeRequest(principalOf(request), {
          requestId: request.params.id,
          origin: originOf(request),
        }),
      ),
  );
};
