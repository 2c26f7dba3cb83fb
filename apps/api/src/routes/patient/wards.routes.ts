import {
  problemResponses,
  ZAddWardRequest,
  ZIdParams,
  ZProblem,
  ZProxyConfirmRequest,
  ZProxyRequest,
  ZProxyStarted,
  ZWard,
  z,
} from '@talon/contracts';
import type { WardView } from '@talon/core/access';
import type { Principal } from '@talon/core/identity';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { originOf } from '../../plugins/auth/auth.plugin';

const errors = {
  400: problemResponses[400],
  401: ZProblem.describe('Not logged in'),
  403: ZProblem.describe('CSRF token missing'),
  404: problemResponses[404],
  409: ZProblem.describe('Conflict'),
  429: ZProblem.describe('Too many codes; see `Retry-After`'),
};

const toWard = (ward: WardView) => ({ ...ward, createdAt: ward.createdAt.toISOString() });

/** Family members and wards of the logged-in patient (DESIGN rule 3). */
export const wardsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { access } = app.services;
  const tags = ['Representatives'];
  const config = { access: { roles: ['patient'] as const } };
  const principalOf = (request: { principal: Principal | null }) => request.principal as Principal;

  app.get(
    '/me/wards',
    {
      config,
      schema: {
        tags,
        summary: 'My children, wards and adults who let me book for them',
        response: { 200: z.object({ items: z.array(ZWard) }), ...errors },
      },
    },
    async (request) => ({
      items: (await access.listWards(principalOf(request), { origin: originOf(request) })).map(toWard),
    }),
  );

  app.post(
    '/me/wards',
    {
      config,
      schema: {
        tags,
        summary: 'Add a child (active at once) or an adult ward (waits for the registry to approve)',
        body: ZAddWardRequest,
        response: { 201: ZWard, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          toWard(await access.addWard(principalOf(request), { ...request.body, origin: originOf(request) })),
        ),
  );

  app.post(
    '/me/wards/:id/end',
    {
      config,
      schema: {
        tags,
        summary: 'End a link or a booking consent',
        params: ZIdParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await access.endWardLink(principalOf(request), {
        linkId: request.params.id,
        origin: originOf(request),
      });
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/me/proxies',
    {
      config,
      schema: {
        tags,
        summary: "Ask an adult for consent to book on their behalf: a code goes to that adult's phone",
        body: ZProxyRequest,
        response: { 201: ZProxyStarted, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await access.requestProxyConsent(principalOf(request), request.body)),
  );

  app.post(
    '/me/proxies/:id/confirm',
    {
      config,
      schema: {
        tags,
        summary: 'Enter the code the adult received: the booking consent is recorded',
        params: ZIdParams,
        body: ZProxyConfirmRequest,
        response: { 200: ZWard, ...errors },
      },
    },
    async (request) =>
      toWard(
        await access.confirmProxyConsent(principalOf(request), {
          consentRequestId: request.params.id,
          code: request.body.code,
          origin: originOf(request),
        }),
      ),
  );
};
