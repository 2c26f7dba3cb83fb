import { createHash } from 'node:crypto';
import type { Clock } from '@talon/core/shared';
import type { IdempotencyRepository } from '@talon/db';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { sendProblem } from '../problem-details/send-problem';
import { canonicalJson, decideRepeat, type IdempotencyDecision } from './idempotency-decision';

/** Keys are remembered for a day: long enough for any client retry, short enough to stay small. */
export const IDEMPOTENCY_TTL_HOURS = 24;
const HEADER = 'idempotency-key';
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

interface ClaimedKey {
  accountId: string;
  key: string;
}

/** The plugin's infrastructure: where keys are kept (not a use case: no business rule decides here). */
export interface IdempotencyOptions {
  keys: Pick<IdempotencyRepository, 'find' | 'claim' | 'complete' | 'release'>;
  clock: Clock;
}

/** The key was claimed meanwhile by a duplicate of the request: answered as a repeat, not run. */
class KeyTakenMeanwhile extends Error {
  constructor(readonly decision: IdempotencyDecision) {
    super('Idempotency-Key claimed by a concurrent duplicate');
  }
}

function answerRepeat(reply: FastifyReply, request: FastifyRequest, decision: IdempotencyDecision) {
  if (decision.kind === 'mismatch') {
    return sendProblem(reply, request, {
      status: 422,
      code: 'IDEMPOTENCY_KEY_MISMATCH',
      detail:
        'Этот Idempotency-Key уже использован для другого запроса. Для новой попытки создайте новый ключ.',
    });
  }
  if (decision.kind === 'in_flight') {
    reply.header('retry-after', '1');
    return sendProblem(reply, request, {
      status: 409,
      code: 'IDEMPOTENCY_KEY_IN_FLIGHT',
      detail: 'Такой же запрос уже выполняется. Подождите секунду и повторите его с тем же ключом.',
    });
  }
  return reply
    .code(decision.status)
    .header('idempotent-replayed', 'true')
    .type(
      decision.status >= 400 ? 'application/problem+json; charset=utf-8' : 'application/json; charset=utf-8',
    )
    .serializer((body: unknown) => (typeof body === 'string' ? body : JSON.stringify(body)))
    .send(decision.text);
}

/**
 * Runs a route's work, handing it `claim`: the step that takes the request's `Idempotency-Key`, to be called
 * once the work has decided to write and before it does. A refusal found before that writes nothing (and is not
 * remembered: the same key asks again, and a refusal changed nothing to repeat). If a duplicate of the request
 * took the key in between, the request is answered as that repeat instead.
 */
export async function withIdempotencyClaim(
  request: FastifyRequest,
  reply: FastifyReply,
  work: (claim: () => Promise<void>) => Promise<FastifyReply>,
): Promise<FastifyReply> {
  const claim = request.claimIdempotencyKey ?? (async () => {});
  try {
    return await work(claim);
  } catch (error) {
    if (error instanceof KeyTakenMeanwhile) return answerRepeat(reply, request, error.decision);
    throw error;
  }
}

/**
 * `Idempotency-Key` for state-changing routes that opt in with `config.idempotency: true` (docs/domain.md rule 2).
 * The key is required (400 `IDEMPOTENCY_KEY_REQUIRED`); keys are per account and live 24 h. A key seen before is
 * answered at once: the same key with another body 422 `IDEMPOTENCY_KEY_MISMATCH`, a duplicate while the first
 * runs 409 `IDEMPOTENCY_KEY_IN_FLIGHT`, a replay the first answer (status and body) with
 * `Idempotent-Replayed: true`. A new key is only read here (one SELECT): the route claims it with one INSERT when it
 * is about to write (`withIdempotencyClaim`), so a booking refused by its checks costs no write (issue 16 item 2).
 * A 5xx answer is not remembered, so the client may retry. Register before compression: the answer is stored
 * (encrypted) as the JSON text the route produced.
 */
async function idempotency(app: FastifyInstance, { keys, clock }: IdempotencyOptions) {
  app.decorateRequest('idempotencyKey', null);
  app.decorateRequest('claimIdempotencyKey', null);

  app.addHook('preHandler', async (request: FastifyRequest, reply: FastifyReply) => {
    if (!(request.routeOptions.config as { idempotency?: boolean }).idempotency) return;
    const principal = request.principal;
    if (!principal) return; // the auth plugin has already refused anonymous callers of such routes
    const key = request.headers[HEADER];
    if (typeof key !== 'string' || !KEY_PATTERN.test(key)) {
      return sendProblem(reply, request, {
        status: 400,
        code: 'IDEMPOTENCY_KEY_REQUIRED',
        detail:
          'Не передан заголовок Idempotency-Key (1–255 видимых символов ASCII). Создайте новый ключ для каждой попытки записи и повторяйте запрос с тем же ключом.',
        errors: [{ field: 'headers.idempotency-key', message: 'Обязательный заголовок' }],
      });
    }
    const fingerprint = createHash('sha256')
      .update(
        `${request.method} ${request.routeOptions.url} ${canonicalJson(request.params)} ${canonicalJson(request.body)}`,
      )
      .digest('hex');
    const { accountId } = principal;
    const seen = await keys.find(accountId, key, clock.now());
    if (seen) return answerRepeat(reply, request, decideRepeat(seen, fingerprint));
    request.claimIdempotencyKey = async () => {
      const now = clock.now();
      const stored = await keys.claim({
        accountId,
        key,
        fingerprint,
        now,
        expiresAt: new Date(now.getTime() + IDEMPOTENCY_TTL_HOURS * 3_600_000),
      });
      if (stored) throw new KeyTakenMeanwhile(decideRepeat(stored, fingerprint));
      request.idempotencyKey = { accountId, key };
    };
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const claimed = request.idempotencyKey;
    if (!claimed) return payload;
    request.idempotencyKey = null;
    const text =
      typeof payload === 'string' ? payload : Buffer.isBuffer(payload) ? payload.toString('utf8') : null;
    try {
      if (reply.statusCode >= 500 || text === null) await keys.release(claimed.accountId, claimed.key);
      // Stored encrypted (an answer may hold a visit's reason) and replayed as the same text.
      else await keys.complete(claimed.accountId, claimed.key, reply.statusCode, text);
    } catch (error) {
      // The work is done and its answer decided (a booking may have committed): a failure to remember it —
      // no database connection in time under overload — must not replace it. Until then the claim stays in
      // flight and ages as after a crash (docs/booking.md «Crash safety»): a retry with the key waits, then runs
      // again and meets its own booking. Thrown here, the error reached Fastify's last-resort handler, whose
      // body fits no route schema: a 500 instead of the 201 or 409 (bench:booking's mass rush, 2026-12-07).
      request.log.warn({ err: error, status: reply.statusCode }, 'the Idempotency-Key answer was not stored');
    }
    return payload;
  });
}

export default fp(idempotency, { name: 'idempotency', dependencies: ['auth', 'problem-details'] });

declare module 'fastify' {
  interface FastifyRequest {
    /** The `Idempotency-Key` this request claimed; its answer is stored when it is sent. */
    idempotencyKey: ClaimedKey | null;
    /** Claims the request's new key (see `withIdempotencyClaim`); null on routes without one or when it was seen. */
    claimIdempotencyKey: (() => Promise<void>) | null;
  }
  interface FastifyContextConfig {
    /** The route requires `Idempotency-Key` (see plugins/idempotency). */
    idempotency?: boolean;
  }
}
