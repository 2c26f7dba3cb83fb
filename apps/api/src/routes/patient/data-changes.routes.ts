import {
  problemResponses,
  ZCreateDataChangeRequest,
  ZDataChangeCode,
  ZDataChangeRequest,
  ZDataChangeRequestList,
  ZIdParams,
  ZProblem,
} from '@talon/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { originOf } from '../../plugins/auth/auth.plugin';
import { noStore, patientRefusals, principalOf } from '../route-preamble';
import { toDataChangeRequest } from './data-changes.presenter';

/**
 * The patient's requests to change their data (issue 11 item 5): file one with scans, list them, confirm a
 * new phone or e-mail by the code sent to it. The answers carry the patient's own data: never cached.
 */
export const dataChangesRoutes: FastifyPluginAsyncZod = async (app) => {
  const { dataChanges } = app.services;
  const tags = ['My data'];
  const config = { access: { roles: ['patient'] as const } };
  noStore(app);

  app.post(
    '/me/data-change-requests',
    {
      config,
      schema: {
        tags,
        summary: 'Ask to change my data (status «В работе»); a new phone or e-mail gets a code',
        body: ZCreateDataChangeRequest,
        response: { 201: ZDataChangeRequest, ...patientRefusals },
      },
    },
    async (request, reply) => {
      const created = await dataChanges.createDataChangeRequest(principalOf(request), {
        ...request.body,
        origin: originOf(request),
      });
      return reply.code(201).send(toDataChangeRequest(created));
    },
  );

  app.get(
    '/me/data-change-requests',
    {
      config,
      schema: {
        tags,
        summary: 'My data-change requests, newest first',
        response: { 200: ZDataChangeRequestList, ...patientRefusals },
      },
    },
    async (request) => ({
      items: (await dataChanges.listMyDataChangeRequests(principalOf(request))).map(toDataChangeRequest),
    }),
  );

  app.post(
    '/me/data-change-requests/:id/confirm',
    {
      config,
      schema: {
        tags,
        summary: 'Confirm the new phone or e-mail with the code sent to it',
        params: ZIdParams,
        body: ZDataChangeCode,
        response: {
          200: ZDataChangeRequest,
          404: problemResponses[404],
          409: ZProblem.describe('No code to enter: another category, already confirmed, or closed'),
          429: ZProblem.describe('Too many wrong codes: wait (Retry-After)'),
          ...patientRefusals,
        },
      },
    },
    async (request) =>
      toDataChangeRequest(
        await dataChanges.confirmDataChangeRequest(principalOf(request), {
          requestId: request.params.id,
          code: request.body.code,
          origin: originOf(request),
        }),
      ),
  );

  app.post(
    '/me/data-change-requests/:id/code',
    {
      config,
      schema: {
        tags,
        summary: 'Send the code to the new phone or e-mail again',
        params: ZIdParams,
        response: {
          200: ZDataChangeRequest,
          404: problemResponses[404],
          409: ZProblem.describe('No code to send for this request'),
          429: ZProblem.describe('Sent too recently or too often (Retry-After)'),
          ...patientRefusals,
        },
      },
    },
    async (request) =>
      toDataChangeRequest(
        await dataChanges.resendDataChangeCode(principalOf(request), { requestId: request.params.id }),
      ),
  );
};
