import { z } from '@talon/contracts';
import type { LoginResult } from '@talon/core/identity';
import { isDomainError } from '@talon/core/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AuthorizationResponseError } from 'openid-client';
import { createFlowSealer, FLOW_LIFETIME_SECONDS, safeNext } from '../../oidc/flow-cookie';
import { createOidcClient, type OidcClient, type OidcSettings } from '../../oidc/oidc-client';
import { originOf, setSessionCookie } from '../../plugins/auth/auth.plugin';

export const OIDC_FLOW_COOKIE = 'talon_oidc';
const FLOW_COOKIE_PATH = '/api/v1/auth/oidc';

/**
 * Codes of a refused external login, sent to the web app as `/login?error=<CODE>`: the identity module's
 * domain codes (`EXTERNAL_IDENTITY_UNCONFIRMED`, `EXTERNAL_IDENTITY_NO_SNILS`, `EXTERNAL_ACCOUNT_NOT_FOUND`,
 * `ACCOUNT_BLOCKED`) and these protocol ones.
 */
export const OidcFailure = {
  /** The provider could not be reached. */
  PROVIDER_UNAVAILABLE: 'EXTERNAL_PROVIDER_UNAVAILABLE',
  /** The person cancelled at the provider or refused access. */
  CANCELLED: 'EXTERNAL_LOGIN_CANCELLED',
  /** No flow cookie, or it expired (10 minutes) or was tampered with. */
  EXPIRED: 'EXTERNAL_LOGIN_EXPIRED',
  /** The provider's answer failed a check (state, nonce, PKCE, ID token, userinfo). */
  FAILED: 'EXTERNAL_LOGIN_FAILED',
} as const;

/**
 * What is logged of a failed exchange: the name, code and message of the failed check. Never the error's
 * `cause`, which may hold the ID token's claims (a SNILS, a name).
 */
function describe(error: unknown) {
  if (!(error instanceof Error)) return { name: typeof error };
  const code = (error as { code?: unknown }).code;
  return { name: error.name, code: typeof code === 'string' ? code : undefined, message: error.message };
}

/** The web app's page after a staff login that still has to enrol a second factor. */
const MFA_SETUP_PATH = '/account/security?mfa=required';

export interface OidcRoutesOptions {
  settings: OidcSettings;
  /** Key the flow cookie's key is derived from (`config.secrets.lookupKey`). */
  lookupKey: Buffer;
  /** For tests; the openid-client relying party otherwise. */
  client?: OidcClient;
}

/**
 * Login through an external OpenID Connect provider (ЕСИА/Госуслуги or any OIDC provider), registered only
 * when `OIDC_ISSUER` is configured. The browser goes to `start`, logs in at the provider, comes back to
 * `callback` with a code, and ends up logged in on `next` or on the login page with an error code.
 */
export const oidcRoutes: FastifyPluginAsyncZod<OidcRoutesOptions> = async (app, options) => {
  const { identity } = app.services;
  const { settings } = options;
  const client = options.client ?? createOidcClient(settings);
  const sealer = createFlowSealer(options.lookupKey);
  const tags = ['Auth'];
  const config = { access: 'public' as const };

  const flowCookieOptions = (request: FastifyRequest) => ({
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: request.server.sessionCookie.secureCookie || request.protocol === 'https',
    path: FLOW_COOKIE_PATH,
  });

  const refuse = (reply: FastifyReply, code: string) =>
    reply.redirect(`/login?${new URLSearchParams({ error: code })}`, 302);

  /** Where a login lands: `next`, or the second factor still owed by a staff account. */
  const landing = (result: LoginResult, next: string) => {
    if (result.status === 'mfa_setup_required') return MFA_SETUP_PATH;
    if (result.status === 'mfa_required') {
      return `/login?${new URLSearchParams({ mfa: result.mfaMethods.join(','), next })}`;
    }
    return next;
  };

  app.get(
    '/auth/oidc',
    {
      config,
      schema: {
        tags,
        summary: 'Whether login through an external identity provider is available, and its name',
        response: { 200: z.object({ enabled: z.boolean(), providerName: z.string() }) },
      },
    },
    () => ({ enabled: true, providerName: settings.providerName }),
  );

  app.get(
    '/auth/oidc/start',
    {
      config,
      schema: {
        tags,
        summary: 'Start a login at the external identity provider (302 to the provider)',
        description:
          'Sets a short-lived (10 min) sealed HttpOnly cookie with the state, nonce and PKCE verifier. `next` is a same-site path to return to (default `/account`).',
        querystring: z.object({ next: z.string().max(500).optional() }),
      },
    },
    async (request, reply) => {
      let started: Awaited<ReturnType<OidcClient['start']>>;
      try {
        started = await client.start();
      } catch (error) {
        request.log.warn({ failure: describe(error) }, 'oidc: provider unavailable');
        return refuse(reply, OidcFailure.PROVIDER_UNAVAILABLE);
      }
      const sealed = sealer.seal({ ...started.flow, next: safeNext(request.query.next) });
      reply.setCookie(OIDC_FLOW_COOKIE, sealed, {
        ...flowCookieOptions(request),
        maxAge: FLOW_LIFETIME_SECONDS,
      });
      return reply.redirect(started.url.href, 302);
    },
  );

  app.get(
    '/auth/oidc/callback',
    {
      config,
      schema: {
        tags,
        summary: 'The provider returns here: log in and go to `next`, or to /login?error=<CODE>',
        description:
          'Checks state, nonce and PKCE against the flow cookie, reads the ID token and userinfo and links the account by SNILS. Only confirmed identities are accepted.',
        querystring: z
          .object({
            code: z.string(),
            state: z.string(),
            iss: z.string(),
            error: z.string(),
            error_description: z.string(),
          })
          .partial(),
      },
    },
    async (request, reply) => {
      const flow = sealer.open(request.cookies[OIDC_FLOW_COOKIE]);
      // One use only: the flow cookie goes whatever the outcome.
      reply.clearCookie(OIDC_FLOW_COOKIE, flowCookieOptions(request));
      if (!flow) return refuse(reply, OidcFailure.EXPIRED);

      let claims: Awaited<ReturnType<OidcClient['finish']>>;
      try {
        const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
        claims = await client.finish(query, flow);
      } catch (error) {
        const isCancelled = error instanceof AuthorizationResponseError && error.error === 'access_denied';
        request.log.warn({ failure: describe(error) }, 'oidc: the provider answer was refused');
        return refuse(reply, isCancelled ? OidcFailure.CANCELLED : OidcFailure.FAILED);
      }

      try {
        const result = await identity.logInExternal(null, {
          claims,
          transport: 'cookie',
          origin: originOf(request),
        });
        setSessionCookie(request, reply, result.token);
        return reply.redirect(landing(result, flow.next), 302);
      } catch (error) {
        if (isDomainError(error)) return refuse(reply, error.code);
        throw error;
      }
    },
  );
};
