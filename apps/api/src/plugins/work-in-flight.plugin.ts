import type { FastifyInstance, FastifyRequest, RouteHandlerMethod } from 'fastify';
import fp from 'fastify-plugin';

/** Requests whose work has not finished. */
export interface WorkInFlight {
  /** Resolves once no request is in flight. */
  drained(): Promise<void>;
  readonly count: number;
  /**
   * An onSend hook that ends a request's count; register it after every other onSend hook (the
   * Idempotency-Key answer is stored in one), so that a stop waits for those too.
   */
  ended(request: FastifyRequest): Promise<void>;
}

/**
 * What a graceful stop waits for before it closes the database. The HTTP server's close waits only for open
 * connections; a request whose client had gone (a closed tab, a timed-out load balancer, the benchmark's
 * clients at the end of a run) still runs its handler after its connection closed, and closing the pool under
 * it cut its transaction and lost its Idempotency-Key answer (500s in the log at every stop under load). A
 * request counts from its first hook until the last onSend hook ran (`ended`), or, hijacked (an event
 * stream), until its handler settled. Register before every other hook and route.
 */
async function workInFlight(app: FastifyInstance) {
  let count = 0;
  let waiters: (() => void)[] = [];
  const open = new WeakSet<FastifyRequest>();
  const settle = () => {
    count--;
    if (count > 0) return;
    for (const resolve of waiters) resolve();
    waiters = [];
  };
  const end = (request: FastifyRequest) => {
    if (open.delete(request)) settle();
  };
  const tracker: WorkInFlight = {
    drained: () => (count === 0 ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve))),
    get count() {
      return count;
    },
    ended: async (request) => end(request),
  };
  app.decorate('workInFlight', tracker);

  app.addHook('onRequest', (request, _reply, done) => {
    open.add(request);
    count++;
    done();
  });
  // A hijacked reply (a stream) has no onSend: its request ends with its handler.
  app.addHook('onRoute', (route) => {
    const handler = route.handler as (...args: Parameters<RouteHandlerMethod>) => unknown;
    route.handler = function tracked(this: FastifyInstance, request, reply) {
      const endIfHijacked = () => {
        if (reply.sent) end(request);
      };
      let result: unknown;
      try {
        result = handler.call(this, request, reply);
      } catch (error) {
        endIfHijacked();
        throw error;
      }
      if (result instanceof Promise) return result.finally(endIfHijacked);
      endIfHijacked();
      return result;
    } as RouteHandlerMethod;
  });
}

export default fp(workInFlight, { name: 'work-in-flight' });

declare module 'fastify' {
  interface FastifyInstance {
    workInFlight: WorkInFlight;
  }
}
