import type { FastifyInstance, FastifyRequest, RouteHandlerMethod } from 'fastify';
import fp from 'fastify-plugin';

/** Request work under way: route handlers running, and the answers' onSend hooks. */
export interface WorkInFlight {
  /** Resolves once no work is under way (and none started again within a moment). */
  drained(): Promise<void>;
  readonly count: number;
  /**
   * An onSend hook that ends the answer the plugin's own first onSend hook began; register it after the
   * Idempotency-Key plugin (whose onSend hook stores the answer: the only one that writes), so that a stop
   * waits for it too.
   */
  ended(request: FastifyRequest): Promise<void>;
}

/**
 * How long "nothing under way" must hold before a stop goes on: between a handler's end and its answer's
 * first onSend hook there is a hop of the event loop (an async error handler, a few more), and a drain that
 * resolved in it closed the database under the answer being stored.
 */
const SETTLE_MS = 50;

/**
 * What a graceful stop waits for before it closes the database. The HTTP server's close waits only for open
 * connections; a request whose client had gone (a closed tab, a timed-out load balancer, the benchmark's
 * clients at the end of a run) still runs its handler after its connection closed, and closing the pool under
 * it cut its transaction and lost its Idempotency-Key answer (500s in the log at every stop under load).
 * Counted: each route handler while it runs, and each answer from the first onSend hook to the last. Not
 * counted: the hooks before the handler (a request cut there has written nothing that matters yet).
 * Register before every other hook and route.
 */
async function workInFlight(app: FastifyInstance) {
  let handlers = 0;
  /** Answers between their first onSend hook and `ended` (or, should a hook fail, the response's end). */
  const answering = new Set<FastifyRequest>();
  let waiters: (() => void)[] = [];
  const count = () => handlers + answering.size;
  const release = () => {
    if (count() > 0) return;
    for (const resolve of waiters) resolve();
    waiters = [];
  };
  const settled = () => {
    if (count() === 0 && waiters.length > 0) setTimeout(release, SETTLE_MS);
  };
  const begin = () => {
    handlers++;
  };
  const finish = () => {
    handlers--;
    settled();
  };
  const answered = (request: FastifyRequest) => {
    if (answering.delete(request)) settled();
  };
  const tracker: WorkInFlight = {
    drained: () =>
      new Promise((resolve) => {
        waiters.push(resolve);
        settled();
      }),
    get count() {
      return count();
    },
    ended: async (request) => answered(request),
  };
  app.decorate('workInFlight', tracker);

  // A Set, not a count: a failed onSend hook sends the error through the hooks again.
  app.addHook('onSend', async (request) => {
    answering.add(request);
  });
  app.addHook('onResponse', async (request) => answered(request));
  app.addHook('onRoute', (route) => {
    const handler = route.handler as (...args: Parameters<RouteHandlerMethod>) => unknown;
    route.handler = function tracked(this: FastifyInstance, request, reply) {
      begin();
      let result: unknown;
      try {
        result = handler.call(this, request, reply);
      } catch (error) {
        finish();
        throw error;
      }
      if (result instanceof Promise) return result.finally(finish);
      finish();
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
