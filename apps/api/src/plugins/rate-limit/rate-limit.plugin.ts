import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { sendProblem } from '../problem-details/send-problem';
import { SlidingWindowLimiter } from './sliding-window';

/**
 * A route's request limit per caller, declared in `config.rateLimit`:
 * - `'booking'`: the booking policy (book, hold, cancel, reschedule), `RATE_LIMIT_BOOKING_PER_MINUTE` per
 *   account per sliding minute;
 * - `{ name, max, windowSeconds }`: a limit of its own; routes with the same name share the count.
 * The caller is the account of the session, or the client address when there is none.
 */
export type RateLimitRule = 'booking' | { name: string; max: number; windowSeconds: number };

export interface RateLimitOptions {
  bookingPerMinute: number;
  /** Milliseconds since the epoch; the system clock unless a test moves time. */
  now?: () => number;
}

/**
 * Per-caller rate limits for routes that opt in (issue 4, item 11). In memory and therefore per process:
 * behind a load balancer with N processes an account may get up to N × the limit, which still stops one
 * account from hoarding slots or hammering the booking path; a shared limit would cost a database round
 * trip on the hot path. Runs after the auth plugin's hook, so it knows the account.
 */
async function rateLimit(app: FastifyInstance, options: RateLimitOptions) {
  const now = options.now ?? Date.now;
  const limiters = new Map<string, SlidingWindowLimiter>();
  const limiterFor = (rule: RateLimitRule) => {
    const { name, max, windowSeconds } =
      rule === 'booking' ? { name: 'booking', max: options.bookingPerMinute, windowSeconds: 60 } : rule;
    let limiter = limiters.get(name);
    if (!limiter) {
      limiter = new SlidingWindowLimiter({ max, windowMs: windowSeconds * 1000 });
      limiters.set(name, limiter);
    }
    return limiter;
  };
  const callerOf = (request: FastifyRequest) =>
    request.principal ? `account:${request.principal.accountId}` : `ip:${request.ip}`;

  app.addHook('onRequest', async (request, reply) => {
    const rule = (request.routeOptions.config as { rateLimit?: RateLimitRule }).rateLimit;
    if (!rule) return;
    const verdict = limiterFor(rule).hit(callerOf(request), now());
    if (verdict.allowed) return;
    reply.header('retry-after', String(verdict.retryAfterSeconds));
    return sendProblem(reply, request, {
      status: 429,
      code: 'RATE_LIMITED',
      detail:
        rule === 'booking'
          ? `Слишком много действий с записью к врачу подряд. Повторите через ${verdict.retryAfterSeconds} с.`
          : `Слишком много запросов подряд. Повторите через ${verdict.retryAfterSeconds} с.`,
    });
  });
}

export default fp(rateLimit, { name: 'rate-limit', dependencies: ['auth'] });

declare module 'fastify' {
  interface FastifyContextConfig {
    rateLimit?: RateLimitRule;
  }
}
