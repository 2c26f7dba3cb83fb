import { timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { RecentRequests } from '../status/recent-requests';
import { sendProblem } from './problem-details/send-problem';

export interface MetricsOptions {
  /** Scrapers send `Authorization: Bearer <token>` to /metrics on the public port (METRICS_TOKEN). */
  token: string | null;
  /** Or /metrics is served on this port only, for the internal network (METRICS_PORT). */
  port: number | null;
  host: string;
  /** The status page's recent request rates, fed from the same answers as the duration histogram. */
  recentRequests?: RecentRequests;
}

const sameSecret = (a: string, b: string) => {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
};

/**
 * Prometheus metrics: process figures and request durations by route (never by raw URL). Never open to
 * anyone on the public port (issue 15, item 11): there /metrics needs the scraper's bearer token; with
 * METRICS_PORT it is served on that port instead; with neither it does not exist.
 */
async function metrics(app: FastifyInstance, options: MetricsOptions) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'talon_' });
  const duration = new Histogram({
    name: 'talon_http_request_duration_seconds',
    help: 'HTTP request duration by method, route and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });

  // Overload and live figures, read when scraped: the pool's waiting line is what sheds load first.
  const poolStats = app.database.poolStats;
  if (poolStats) {
    new Gauge({
      name: 'talon_db_pool_connections',
      help: 'PostgreSQL pool connections by state (waiting = callers waiting for one)',
      labelNames: ['state'] as const,
      registers: [registry],
      collect() {
        const stats = poolStats();
        this.set({ state: 'total' }, stats.total);
        this.set({ state: 'idle' }, stats.idle);
        this.set({ state: 'waiting' }, stats.waiting);
      },
    });
  }
  new Gauge({
    name: 'talon_live_streams',
    help: 'Open live slot-event streams (SSE) of this process',
    registers: [registry],
    collect() {
      this.set(app.hasDecorator('slotEventHub') ? app.slotEventHub.size : 0);
    },
  });

  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    duration.observe(
      { method: request.method, route, status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
    // API answers only (not the web app's files, health or metrics); booking routes also on their own.
    if (options.recentRequests && route.startsWith('/api/')) {
      options.recentRequests.record('api', reply.statusCode);
      const rule = (request.routeOptions.config as { rateLimit?: unknown } | undefined)?.rateLimit;
      if (rule === 'booking') options.recentRequests.record('booking', reply.statusCode);
    }
  });

  const { token } = options;
  if (token && !options.port) {
    app.get('/metrics', { schema: { hide: true } }, async (request, reply) => {
      const header = request.headers.authorization;
      const sent = typeof header === 'string' && header.startsWith('Bearer ') ? header.slice(7) : '';
      if (!sameSecret(sent, token)) {
        reply.header('www-authenticate', 'Bearer');
        return sendProblem(reply, request, {
          status: 401,
          code: 'UNAUTHENTICATED',
          detail: 'Метрики доступны только системе мониторинга с её ключом.',
        });
      }
      reply.type(registry.contentType);
      return registry.metrics();
    });
  }

  if (options.port) {
    const port = options.port;
    let server: Server | null = null;
    app.addHook('onReady', async () => {
      server = createServer((request, response) => {
        if (request.method !== 'GET' || request.url?.split('?')[0] !== '/metrics') {
          response.writeHead(404).end();
          return;
        }
        registry.metrics().then(
          (text) => response.writeHead(200, { 'content-type': registry.contentType }).end(text),
          () => response.writeHead(500).end(),
        );
      });
      await new Promise<void>((resolve, reject) => {
        server?.once('error', reject).listen(port, options.host, () => resolve());
      });
    });
    app.addHook('onClose', async () => {
      await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    });
  }
}

export default fp(metrics, { name: 'metrics' });
