import {
  problemResponses,
  ZChangePasswordRequest,
  ZIdParams,
  ZMe,
  ZPasswordConfirmRequest,
  ZProblem,
  ZRecoveryCodes,
  ZSession,
  ZSmsMfaRequest,
  ZTotpConfirmRequest,
  ZTotpEnrolment,
  z,
} from '@talon/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import QRCode from 'qrcode';
import { originOf, setSessionCookie } from '../../plugins/auth/auth.plugin';
import { accessRefusals, principalOf } from '../route-preamble';
import { toMe, toSession } from './presenters';

const errors = {
  ...accessRefusals('CSRF token missing or second factor required'),
  409: ZProblem.describe('Conflict'),
};

/** The logged-in account: who am I, my sessions, my second factor, my password. */
export const meRoutes: FastifyPluginAsyncZod = async (app) => {
  const { identity } = app.services;
  const tags = ['Account'];
  const me = () => ({ access: 'enrolment' as const });
  const full = () => ({ access: 'authenticated' as const });

  app.get(
    '/me',
    { config: me(), schema: { tags, summary: 'Who is logged in', response: { 200: ZMe, ...errors } } },
    async (request) => {
      const principal = principalOf(request);
      return toMe(await identity.getMe(principal), principal.csrfToken);
    },
  );

  app.get(
    '/me/sessions',
    {
      config: full(),
      schema: {
        tags,
        summary: 'My live sessions, newest first',
        response: { 200: z.object({ items: z.array(ZSession) }), ...errors },
      },
    },
    async (request) => ({ items: (await identity.listSessions(principalOf(request))).map(toSession) }),
  );

  app.delete(
    '/me/sessions/:id',
    {
      config: full(),
      schema: {
        tags,
        summary: 'End one of my sessions',
        params: ZIdParams,
        response: { 204: z.null(), 404: problemResponses[404], ...errors },
      },
    },
    async (request, reply) => {
      await identity.endSession(principalOf(request), {
        sessionId: request.params.id,
        origin: originOf(request),
      });
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/me/password',
    {
      config: full(),
      schema: {
        tags,
        summary: 'Change the password; my other sessions end',
        body: ZChangePasswordRequest,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await identity.changePassword(principalOf(request), { ...request.body, origin: originOf(request) });
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/me/mfa/totp',
    {
      config: me(),
      schema: {
        tags,
        summary: 'Start connecting an authenticator app: a secret and its QR code',
        response: { 200: ZTotpEnrolment, ...errors },
      },
    },
    async (request) => {
      const enrolment = await identity.startTotpEnrolment(principalOf(request));
      const qrSvg = await QRCode.toString(enrolment.otpauthUri, {
        type: 'svg',
        errorCorrectionLevel: 'M',
        margin: 2,
      });
      return { ...enrolment, qrSvg };
    },
  );

  app.post(
    '/me/mfa/totp/confirm',
    {
      config: me(),
      schema: {
        tags,
        summary: 'Confirm the authenticator app with its first code; returns one-time recovery codes',
        body: ZTotpConfirmRequest,
        response: { 200: ZRecoveryCodes, ...errors },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const result = await identity.confirmTotpEnrolment(principal, {
        ...request.body,
        origin: originOf(request),
      });
      if (result.newToken && principal.transport === 'cookie') {
        setSessionCookie(request, reply, result.newToken);
      }
      return { recoveryCodes: result.recoveryCodes };
    },
  );

  app.post(
    '/me/mfa/totp/disable',
    {
      config: full(),
      schema: {
        tags,
        summary: 'Disconnect the authenticator app (password asked again)',
        body: ZPasswordConfirmRequest,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await identity.disableTotp(principalOf(request), { ...request.body, origin: originOf(request) });
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/me/mfa/recovery-codes',
    {
      config: full(),
      schema: {
        tags,
        summary: 'New recovery codes (the old ones stop working)',
        body: ZPasswordConfirmRequest,
        response: { 200: ZRecoveryCodes, ...errors },
      },
    },
    async (request) =>
      identity.regenerateRecoveryCodes(principalOf(request), { ...request.body, origin: originOf(request) }),
  );

  app.put(
    '/me/mfa/sms',
    {
      config: full(),
      schema: {
        tags,
        summary: 'Switch the SMS second factor on or off (switching it off asks for the password)',
        body: ZSmsMfaRequest,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await identity.setSmsMfa(principalOf(request), { ...request.body, origin: originOf(request) });
      return reply.code(204).send(null);
    },
  );
};
