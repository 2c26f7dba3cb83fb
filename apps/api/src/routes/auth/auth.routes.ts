import {
  problemResponses,
  ZLoginMfaRequest,
  ZLoginRequest,
  ZLoginResponse,
  ZPasswordResetConfirmRequest,
  ZPasswordResetRequest,
  ZPasswordResetResponse,
  ZProblem,
  ZRegisterConfirmRequest,
  ZRegisterRequest,
  ZRegisterResendRequest,
  ZRegisterResponse,
  z,
} from '@talon/contracts';
import { maskPhone, mfaMethodsOf, PERSONAL_DATA_CONSENT } from '@talon/core/identity';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { clearSessionCookie, originOf, setSessionCookie } from '../../plugins/auth/auth.plugin';
import { principalOf } from '../route-preamble';
import { toMe } from './presenters';

/**
 * Sent with a logout (issue 15, item 10): the browser drops its HTTP cache of this site. Not `"storage"`: it
 * would also unregister the service worker, and with it the offline app shell; the worker deletes its
 * private copies of visits and tickets itself when it sees the logout (public/sw.js).
 */
const CLEAR_SITE_DATA = '"cache"';

const errors = {
  400: problemResponses[400],
  401: ZProblem.describe('Not logged in or wrong credentials'),
  403: ZProblem.describe('Forbidden (CSRF token missing, account blocked)'),
  409: ZProblem.describe('Conflict'),
  429: ZProblem.describe('Too many attempts; see `Retry-After`'),
};

/**
 * Registration, login (password, then the second factor), logout and password recovery. Browsers get an
 * HttpOnly session cookie; native clients ask for `tokenType: "bearer"` and get the token in the body.
 */
export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const { identity } = app.services;
  const tags = ['Auth'];
  const publicRoute = { access: 'public' as const };

  /** Answers a completed step of a login: cookie or bearer token, and who is now logged in. */
  async function answerLogin(
    request: FastifyRequest,
    reply: FastifyReply,
    result: {
      token: string;
      status: 'authenticated' | 'mfa_required' | 'mfa_setup_required';
      mfaMethods: ('totp' | 'sms' | 'recovery')[];
    },
    transport: 'cookie' | 'bearer',
  ) {
    const principal = await identity.resolveSession(null, { token: result.token });
    if (!principal) throw new Error('a session just opened does not resolve');
    const view = await identity.getMe(principal);
    if (transport === 'cookie') setSessionCookie(request, reply, result.token);
    return {
      status: result.status,
      mfaMethods: result.mfaMethods,
      ...(transport === 'bearer' ? { token: result.token } : {}),
      csrfToken: principal.csrfToken,
      expiresAt: view.session.expiresAt.toISOString(),
      me: result.status === 'mfa_required' ? null : toMe(view, principal.csrfToken),
    };
  }

  app.get(
    '/auth/consent',
    {
      config: publicRoute,
      schema: {
        tags,
        summary: 'The current text of the consent to the processing of personal data',
        response: { 200: z.object({ version: z.string(), text: z.string() }) },
      },
    },
    () => PERSONAL_DATA_CONSENT,
  );

  app.post(
    '/auth/register',
    {
      config: publicRoute,
      schema: {
        tags,
        summary: 'Start a patient registration; a 6-digit code goes to the phone',
        description:
          'Answers alike whether or not the SNILS, phone or e-mail already belong to an account: then no code is sent and the account holder is told by SMS and e-mail instead. An open registration for the same phone is reused (the same `registrationId`; no new code while the last one is good). Limited per phone, per address and installation-wide (429 `CODE_REQUESTS_LIMITED` with `Retry-After`).',
        body: ZRegisterRequest,
        response: { 201: ZRegisterResponse, ...errors },
      },
    },
    async (request, reply) => {
      const started = await identity.startRegistration(null, { ...request.body, origin: originOf(request) });
      return reply.code(201).send({
        registrationId: started.registrationId,
        codeSentTo: started.codeSentTo,
        expiresAt: started.expiresAt.toISOString(),
        resendAfter: started.resendAfter.toISOString(),
      });
    },
  );

  app.post(
    '/auth/register/resend',
    {
      config: publicRoute,
      schema: {
        tags,
        summary: 'Send a new registration code (at most once a minute, five an hour)',
        description:
          'Also limited per phone, per address and installation-wide (429 `CODE_REQUESTS_LIMITED` with `Retry-After`).',
        body: ZRegisterResendRequest,
        response: { 200: ZRegisterResponse, 404: problemResponses[404], ...errors },
      },
    },
    async (request) => {
      const sent = await identity.resendRegistrationCode(null, {
        registrationId: request.body.registrationId,
        origin: originOf(request),
      });
      return {
        registrationId: sent.registrationId,
        codeSentTo: sent.codeSentTo,
        expiresAt: sent.expiresAt.toISOString(),
        resendAfter: sent.resendAfter.toISOString(),
      };
    },
  );

  app.post(
    '/auth/register/confirm',
    {
      config: publicRoute,
      schema: {
        tags,
        summary: 'Confirm the phone with the code: the account is created and logged in',
        description: 'Three wrong codes kill the code (429 `CODE_BLOCKED` with `Retry-After`).',
        body: ZRegisterConfirmRequest.extend({ tokenType: z.enum(['cookie', 'bearer']).default('cookie') }),
        response: { 200: ZLoginResponse, 404: problemResponses[404], ...errors },
      },
    },
    async (request, reply) => {
      const { registrationId, code, tokenType } = request.body;
      const opened = await identity.confirmRegistration(null, {
        registrationId,
        code,
        transport: tokenType,
        origin: originOf(request),
      });
      return answerLogin(
        request,
        reply,
        { token: opened.token, status: 'authenticated', mfaMethods: [] },
        tokenType,
      );
    },
  );

  app.post(
    '/auth/login',
    {
      config: publicRoute,
      schema: {
        tags,
        summary: 'Log in with a phone, email or SNILS and a password',
        description:
          'Failed attempts are throttled per account and per address: after 10 consecutive failures the account answers 429 with `Retry-After`. Successful logins are never limited.',
        body: ZLoginRequest,
        response: { 200: ZLoginResponse, ...errors },
      },
    },
    async (request, reply) => {
      const { login, password, tokenType } = request.body;
      const result = await identity.logIn(null, {
        login,
        password,
        transport: tokenType,
        origin: originOf(request),
      });
      return answerLogin(request, reply, result, tokenType);
    },
  );

  app.get(
    '/auth/login/mfa',
    {
      config: { access: 'mfa_pending' },
      schema: {
        tags,
        summary: 'The second factor this session still owes (after a login through the identity provider)',
        description:
          'A session opened without its second factor (a staff login through `/auth/oidc`, or a reload of the login page) learns here which methods to offer, and its CSRF token.',
        response: { 200: ZLoginResponse, ...errors },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const view = await identity.getMe(principal);
      return {
        status: 'mfa_required' as const,
        mfaMethods: mfaMethodsOf(view.account),
        csrfToken: principal.csrfToken,
        expiresAt: view.session.expiresAt.toISOString(),
        me: null,
      };
    },
  );

  app.post(
    '/auth/login/mfa',
    {
      config: { access: 'mfa_pending' },
      schema: {
        tags,
        summary: 'Complete a login with the second factor (TOTP, SMS code or a recovery code)',
        body: ZLoginMfaRequest,
        response: { 200: ZLoginResponse, ...errors },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const result = await identity.completeMfa(principal, { ...request.body, origin: originOf(request) });
      return answerLogin(
        request,
        reply,
        { token: result.token, status: 'authenticated', mfaMethods: [] },
        principal.transport,
      );
    },
  );

  app.post(
    '/auth/login/mfa/sms',
    {
      config: { access: 'mfa_pending' },
      schema: {
        tags,
        summary: 'Send the SMS code of a login waiting for its second factor',
        response: { 202: z.object({ codeSentTo: z.string() }), ...errors },
      },
    },
    async (request, reply) => {
      const sent = await identity.sendMfaSms(principalOf(request), { origin: originOf(request) });
      return reply.code(202).send({ codeSentTo: maskPhone(sent.phone) });
    },
  );

  app.post(
    '/auth/logout',
    {
      config: { access: 'session' },
      schema: {
        tags,
        summary: 'End this session',
        description: 'Clears the session cookie and sends `Clear-Site-Data: "cache"`.',
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await identity.logOut(principalOf(request), { origin: originOf(request) });
      clearSessionCookie(request, reply);
      reply.header('clear-site-data', CLEAR_SITE_DATA);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/auth/logout-all',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'End every session of the account, this one included',
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await identity.logOutEverywhere(principalOf(request), { origin: originOf(request) });
      clearSessionCookie(request, reply);
      reply.header('clear-site-data', CLEAR_SITE_DATA);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/auth/password-reset',
    {
      config: publicRoute,
      schema: {
        tags,
        summary: 'Start password recovery: a code goes to the phone (or to the email given as the login)',
        description:
          'Answers alike whether or not the account exists: the same `codeSentTo` text, and a `resetId` that behaves the same (while no new code may be sent yet, the last `resetId` comes back). Limited per login, per address and installation-wide (429 `CODE_REQUESTS_LIMITED`).',
        body: ZPasswordResetRequest,
        response: { 202: ZPasswordResetResponse, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .code(202)
        .send(
          await identity.requestPasswordReset(null, { login: request.body.login, origin: originOf(request) }),
        ),
  );

  app.post(
    '/auth/password-reset/confirm',
    {
      // Each code takes three guesses; this bounds how many reset ids one address may try (issue 15, item 6).
      config: { ...publicRoute, rateLimit: { name: 'password-reset-confirm', max: 20, windowSeconds: 3600 } },
      schema: {
        tags,
        summary: 'Set a new password with the recovery code; every session of the account ends',
        description:
          'The code is checked first: a wrong or expired code answers `CODE_INVALID`/`CODE_EXPIRED` before anything about the account or the new password is said. A `resetId` works only with its own code, until it expires or a newer code replaces it. At most 20 attempts an hour per address (429 `RATE_LIMITED`).',
        body: ZPasswordResetConfirmRequest,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await identity.confirmPasswordReset(null, { ...request.body, origin: originOf(request) });
      return reply.code(204).send(null);
    },
  );
};
