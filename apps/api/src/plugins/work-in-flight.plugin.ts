import type { FastifyInstance, RouteHandlerMethod } from 'fastify';
import fp from 'fastify-plugin';

/** Request work under way: route handlers running, and the answers' onSend hooks. */
export interface WorkInFlight {
  /** Resolves once no work is under way (and none started again within a moment). */
  drained(): Promise<void>;
  readonly count: number;
  /**
   * An onSend hook that ends the count the plugin's own first onSend hook began; register it after every
   * other onSend hook (the Idempotency-Key answer is stored in one), so that a stop waits for those too.
   */
  ended(): Promise<void>;
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
  let count = 0;
  let waiters: (() => void)[] = [];
  const begin = () => {
    count++;
  };
  const finish = () => {
    count--;
    if (count === 0 && waiters.length > 0) setTimeout(release, SETTLE_MS).unref();
  };
  const release = () => {
    if (count > 0) return;
    for (const resolve of waiters) resolve();
    waiters = [];
  };
  const tracker: WorkInFlight = {
    drained: () =>
      new Promise((resolve) => {
        waiters.push(resolve);
        if (count === 0) setTimeout(release, SETTLE_MS).unref();
      }),
    get count() {
      return count;
    },
    ended: async () => finish(),
  };
  app.decorate('workInFlight', tracker);

  app.addHook('onSend', async () => begin());
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
