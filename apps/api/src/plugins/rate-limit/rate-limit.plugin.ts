import type { Clock } from '@talon/core/shared';
import type { RateLimitRepository } from '@talon/db';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { sendProblem } from '../problem-details/send-problem';

/**
 * A route's request limit per caller, declared in `config.rateLimit`:
 * - `'booking'`: the booking policy (book, hold, cancel, reschedule), `RATE_LIMIT_BOOKING_PER_MINUTE` per
 *   account per sliding minute;
 * - `{ name, max, windowSeconds }`: a limit of its own; routes with the same name share the count.
 *   `failOpen`: when the counters cannot be read (the database is down) the request goes through — for a
 *   route that must answer then (the public status page, served from memory).
 *   `anonymousOnly`: only callers without an account are counted — for a route whose abuse the database
 *   already bounds per account (one waiting-room place per account), where the count would be a statement
 *   more per legitimate request at the busiest moment.
 * The caller is the account of the session, or the client address when there is none.
 */
export type RateLimitRule =
  | 'booking'
  | { name: string; max: number; windowSeconds: number; failOpen?: boolean; anonymousOnly?: boolean };

export interface RateLimitOptions {
  bookingPerMinute: number;
  /** The counters, in PostgreSQL: every server process shares them. */
  counters: Pick<RateLimitRepository, 'hit'>;
  clock: Clock;
}

/**
 * Per-caller rate limits for routes that opt in (issue 4, item 11; issue 15, item 4). The counters live in
 * the database (`rate_limit_counters`, one upsert per request), so N server processes allow exactly what one
 * does. Runs after the auth plugin's hook, so it knows the account.
 */
async function rateLimit(app: FastifyInstance, options: RateLimitOptions) {
  const limitOf = (rule: RateLimitRule) =>
    rule === 'booking' ? { name: 'booking', max: options.bookingPerMinute, windowSeconds: 60 } : rule;
  const callerOf = (request: FastifyRequest) =>
    request.principal ? `account:${request.principal.accountId}` : `ip:${request.ip}`;

  app.addHook('onRequest', async (request, reply) => {
    const rule = (request.routeOptions.config as { rateLimit?: RateLimitRule }).rateLimit;
    if (!rule || (rule !== 'booking' && rule.anonymousOnly && request.principal)) return;
    const { name, max, windowSeconds } = limitOf(rule);
    const hit = options.counters.hit(
      `route:${name}:${callerOf(request)}`,
      { max, windowSeconds },
      options.clock.now(),
    );
    const verdict =
      rule !== 'booking' && rule.failOpen
        ? await hit.catch((error: unknown) => {
            request.log.warn({ err: error }, 'rate-limit counters unreadable; request let through');
            return null;
          })
        : await hit;
    if (!verdict || verdict.allowed) return;
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
