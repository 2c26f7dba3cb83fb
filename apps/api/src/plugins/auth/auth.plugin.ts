import { timingSafeEqual } from 'node:crypto';
import cookie from '@fastify/cookie';
import {
  mayBeStaffToken,
  type Principal,
  type RequestOrigin,
  STAFF_TOKEN_PREFIX,
} from '@talon/core/identity';
import { DomainError } from '@talon/core/shared';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { type AccessRule, judgeAccess, optionalPrincipal } from './access-rule';

export const CSRF_HEADER = 'x-csrf-token';

/**
 * The session cookie's name and `Secure` flag, from configuration (`PUBLIC_URL`): `__Host-talon_session`,
 * Secure, on an https installation; `talon_session` on plain http, where browsers refuse both.
 */
export interface SessionCookieSettings {
  cookieName: string;
  secureCookie: boolean;
}
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const sameToken = (a: string, b: string) => {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
};

function readToken(request: FastifyRequest): { token: string; via: 'cookie' | 'bearer' } | null {
  const header = request.headers.authorization;
  if (typeof header === 'string' && header.startsWith('Bearer ')) {
    const token = header.slice(7).trim();
    return token ? { token, via: 'bearer' } : null;
  }
  const fromCookie = request.cookies[request.server.sessionCookie.cookieName];
  return fromCookie ? { token: fromCookie, via: 'cookie' } : null;
}

/**
 * Whether a request presents a session that may be staff's (its token bears the staff mark; not whether it
 * is valid), without database work and before the cookie plugin has parsed cookies: the waiting room's gate
 * runs first and reads the session only of such requests.
 */
export function presentsStaffSession(request: FastifyRequest): boolean {
  const header = request.headers.authorization;
  if (typeof header === 'string' && header.startsWith('Bearer '))
    return mayBeStaffToken(header.slice(7).trim());
  const cookies = request.headers.cookie;
  return (
    typeof cookies === 'string' &&
    cookies.includes(`${request.server.sessionCookie.cookieName}=${STAFF_TOKEN_PREFIX}`)
  );
}

const cookieOptions = (request: FastifyRequest) => ({
  httpOnly: true,
  sameSite: 'lax' as const,
  secure: request.server.sessionCookie.secureCookie,
  // `__Host-` requires Path=/ and no Domain: the cookie belongs to this exact host.
  path: '/',
});

/**
 * Sets the session cookie (issue 15, item 10): HttpOnly, SameSite=Lax, Path=/, no Domain, `Secure` and
 * `__Host-` prefixed when the installation is on https. No Expires or Max-Age: the cookie lives for the
 * browser session; the server still ends the session after its idle timeout and absolute lifetime.
 */
export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string) {
  reply.setCookie(request.server.sessionCookie.cookieName, token, cookieOptions(request));
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply) {
  reply.clearCookie(request.server.sessionCookie.cookieName, cookieOptions(request));
}

export const originOf = (request: FastifyRequest): RequestOrigin => ({
  ip: request.ip,
  userAgent:
    typeof request.headers['user-agent'] === 'string' ? request.headers['user-agent'].slice(0, 500) : null,
});

/**
 * Resolves the caller from a session cookie or a bearer token, enforces each route's declared access rule
 * and, for cookie sessions, the CSRF token on every state-changing request. Routes under `/api/` must
 * declare `config.access`: a route without a policy refuses to start. (Anonymous state-changing routes
 * accept only JSON bodies, which a cross-site form cannot send, so login CSRF is out of reach too.)
 */
async function auth(app: FastifyInstance, options: SessionCookieSettings) {
  await app.register(cookie);
  app.decorate('sessionCookie', { cookieName: options.cookieName, secureCookie: options.secureCookie });
  app.decorateRequest('principal', null);
  noStore(app);

  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || route.url.startsWith('/api/docs')) return;
    if (!route.config || !('access' in route.config)) {
      throw new Error(`route ${route.method} ${route.url} declares no access rule (config.access)`);
    }
  });

  // onRequest, before the body is parsed: an anonymous caller learns nothing about a route's input.
  app.addHook('onRequest', async (request) => {
    const rule = (request.routeOptions.config as { access?: AccessRule }).access;
    if (!rule || rule === 'public') return;
    const presented = readToken(request);
    if (presented) {
      const principal = await app.services.identity.resolveSession(null, { token: presented.token });
      // A cookie session's token arriving as a bearer token (or the reverse) is not accepted.
      if (principal && principal.transport === presented.via) request.principal = principal;
    }
    if (rule === 'optional') request.principal = optionalPrincipal(request.principal);
    const verdict = judgeAccess(rule, request.principal);
    if (verdict === 'unauthenticated') throw new DomainError('UNAUTHENTICATED');
    if (verdict === 'mfa_setup_required') throw new DomainError('MFA_SETUP_REQUIRED');
    if (verdict === 'forbidden') throw new DomainError('FORBIDDEN');
    const principal = request.principal;
    if (principal?.transport === 'cookie' && !SAFE_METHODS.has(request.method)) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !principal.csrfToken || !sameToken(sent, principal.csrfToken)) {
        throw new DomainError('CSRF_FAILED');
      }
    }
  });
}

/**
 * Answers about a person (everything behind a login, and every identity answer) are never cached — unless
 * the route itself chose the browser's private cache (the ticket's QR image, kept for offline use).
 */
function noStore(app: FastifyInstance) {
  app.addHook('onSend', async (request, reply) => {
    const rule = (request.routeOptions.config as { access?: AccessRule }).access;
    const isPersonal = (rule && rule !== 'public') || request.url.startsWith('/api/v1/auth/');
    const isPrivateCache = String(reply.getHeader('cache-control') ?? '').startsWith('private');
    if (isPersonal && !isPrivateCache) reply.header('cache-control', 'no-store');
  });
}

export default fp(auth, { name: 'auth', dependencies: ['problem-details'] });

declare module 'fastify' {
  interface FastifyInstance {
    sessionCookie: SessionCookieSettings;
  }
  interface FastifyRequest {
    principal: Principal | null;
  }
  interface FastifyContextConfig {
    access?: AccessRule;
  }
}
