import {
  problemResponses,
  ZAppointmentLink,
  ZAppointmentLinkParams,
  ZProblem,
  ZUseAppointmentLinkRequest,
} from '@talon/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { originOf } from '../../plugins/auth/auth.plugin';

const refusals = {
  400: problemResponses[400],
  409: ZProblem.describe('Already used, or the visit cannot change any more'),
  410: ZProblem.describe('The link expired'),
};

/**
 * Signed links of the reminder email (docs/domain.md rule 21): confirm, change or cancel a visit without logging
 * in. Each link does one thing, once, until the visit starts; the token itself is the credential, so the
 * routes are public and need no CSRF token (nothing in them comes from a cookie).
 */
export const appointmentLinksRoutes: FastifyPluginAsyncZod = async (app) => {
  const { notifications } = app.services;
  const tags = ['Appointments'];
  const config = { access: 'public' as const };

  app.get(
    '/appointment-links/:token',
    {
      config,
      schema: {
        tags,
        summary: 'What a reminder link does and the visit it points at (nothing changes)',
        params: ZAppointmentLinkParams,
        response: { 200: ZAppointmentLink, ...refusals },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return notifications.describeLink(null, { token: request.params.token });
    },
  );

  app.post(
    '/appointment-links/:token',
    {
      config,
      schema: {
        tags,
        summary:
          'Do what a reminder link says, once: confirm or cancel the visit; change answers where to go',
        params: ZAppointmentLinkParams,
        body: ZUseAppointmentLinkRequest.nullish(),
        response: { 200: ZAppointmentLink, ...refusals },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return notifications.useLink(null, {
        token: request.params.token,
        reason: request.body?.reason ?? null,
        origin: originOf(request),
      });
    },
  );
};
