import { ZProblem, z } from '@talon/contracts';
import { DomainError } from '@talon/core/shared';
import Fastify from 'fastify';
import fp from 'fastify-plugin';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { describe, expect, it, vi } from 'vitest';
import problemDetails from '../problem-details/problem-details.plugin';
import idempotency, { type IdempotencyOptions, withIdempotencyClaim } from './idempotency.plugin';

/** A stand-in for the auth plugin: every caller is one signed-in account. */
const signedIn = fp(
  async (app) => {
    app.decorateRequest('principal', null);
    app.addHook('onRequest', async (request) => {
      (request as { principal: unknown }).principal = { accountId: 'a1' };
    });
  },
  { name: 'auth' },
);

/** The plugin with keys that are new, claimed fine, and cannot be stored or released (no database connection). */
async function appWithFailingStore() {
  const overloaded = Object.assign(new Error('no database connection in time'), { code: 'OVERLOADED' });
  const keys: IdempotencyOptions['keys'] = {
    find: vi.fn(async () => null),
    claim: vi.fn(async () => null),
    complete: vi.fn(async () => {
      throw overloaded;
    }),
    release: vi.fn(async () => {
      throw overloaded;
    }),
  };
  const app = Fastify().withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  await app.register(problemDetails);
  await app.register(signedIn);
  await app.register(idempotency, { keys, clock: { now: () => new Date('2026-12-07T08:00:00Z') } });
  const config = { idempotency: true };
  // Claims the key, then wins (201) or loses the race (409 SLOT_TAKEN), as the booking route does.
  app.post(
    '/book/:outcome',
    {
      config,
      schema: {
        params: z.object({ outcome: z.enum(['won', 'lost']) }),
        response: { 201: z.object({ id: z.string() }), 409: ZProblem },
      },
    },
    async (request, reply) =>
      withIdempotencyClaim(request, reply, async (claim) => {
        await claim();
        if (request.params.outcome === 'lost') throw new DomainError('SLOT_TAKEN');
        return reply.code(201).send({ id: 'appointment-1' });
      }),
  );
  await app.ready();
  return { app, keys };
}

describe('Idempotency-Key: an answer that cannot be stored', () => {
  const post = (app: Awaited<ReturnType<typeof appWithFailingStore>>['app'], outcome: string) =>
    app.inject({
      method: 'POST',
      url: `/book/${outcome}`,
      headers: { 'idempotency-key': 'k-1' },
      payload: {},
    });

  it('still goes out as decided: the booking made (201), not a 500', async () => {
    const { app, keys } = await appWithFailingStore();
    const res = await post(app, 'won');
    expect(keys.complete).toHaveBeenCalledOnce();
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({ id: 'appointment-1' });
    await app.close();
  });

  it('still goes out as decided: the refusal (409 with its problem), not a 500', async () => {
    const { app, keys } = await appWithFailingStore();
    const res = await post(app, 'lost');
    expect(keys.complete).toHaveBeenCalledOnce();
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'SLOT_TAKEN', status: 409 });
    await app.close();
  });
});
