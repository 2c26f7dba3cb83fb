import {
  problemResponses,
  ZAddedWard,
  ZAddWardRequest,
  ZIdParams,
  ZProblem,
  ZProxyConfirmRequest,
  ZProxyRequest,
  ZProxyStarted,
  ZWard,
  ZWardCodeRequest,
  ZWardCodeSent,
  z,
} from '@talon/contracts';
import type { WardView } from '@talon/core/access';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { originOf } from '../../plugins/auth/auth.plugin';
import { accessRefusals, principalOf } from '../route-preamble';

const errors = {
  ...accessRefusals('CSRF token missing'),
  404: problemResponses[404],
  409: ZProblem.describe('Conflict'),
  429: ZProblem.describe('Too many codes, or too many new wards in 24 hours; see `Retry-After`'),
};

const toWard = (ward: WardView) => ({ ...ward, createdAt: ward.createdAt.toISOString() });

/** Family members and wards of the logged-in patient (docs/domain.md rule 3). */
export const wardsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { access } = app.services;
  const tags = ['Representatives'];
  const config = { access: { roles: ['patient'] as const } };

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
        summary:
          'Add a child or an adult ward: a child Talon does not know is linked at once; a link to a known child waits for a code sent to a phone on its file or for its registry; a guardian waits for the registry. At most 5 a day',
        body: ZAddWardRequest,
        response: { 201: ZAddedWard, ...errors },
      },
    },
    async (request, reply) => {
      const added = await access.addWard(principalOf(request), {
        ...request.body,
        origin: originOf(request),
      });
      return reply.code(201).send({ ...toWard(added), codeSentTo: added.codeSentTo });
    },
  );

  app.post(
    '/me/wards/:id/confirm',
    {
      config,
      schema: {
        tags,
        summary: "Enter the code sent to the child's phone: the waiting parent link becomes active",
        params: ZIdParams,
        body: ZWardCodeRequest,
        response: { 200: ZWard, ...errors },
      },
    },
    async (request) =>
      toWard(
        await access.confirmWardLink(principalOf(request), {
          linkId: request.params.id,
          code: request.body.code,
          origin: originOf(request),
        }),
      ),
  );

  app.post(
    '/me/wards/:id/code',
    {
      config,
      schema: {
        tags,
        summary: "Send the waiting parent link's code again to the phone on the child's file",
        params: ZIdParams,
        body: z.object({}).nullish(),
        response: { 200: ZWardCodeSent, ...errors },
      },
    },
    async (request) => access.resendWardLinkCode(principalOf(request), { linkId: request.params.id }),
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
