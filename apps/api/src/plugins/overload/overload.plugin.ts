import underPressure from '@fastify/under-pressure';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { ProcessOverloadedError } from './overload-error';

export interface OverloadOptions {
  /** Mean event-loop delay (ms) above which requests are refused; 0 = off. */
  maxEventLoopDelayMs: number;
  /** V8 heap in use (bytes) above which requests are refused; 0 = off. */
  maxHeapUsedBytes: number;
  sampleIntervalMs: number;
  retryAfterSeconds: number;
  /**
   * Requests let through even under pressure: the bookings the waiting room admitted (it paces them; a
   * shed admitted booking is a place lost and the room's rate falling, while newcomers are cheap to turn
   * away and come back after Retry-After).
   */
  isExempt?: (request: FastifyRequest) => boolean;
}

/**
 * Liveness, metrics and the public status must answer exactly when the process is struggling: that is when
 * they are read. The status is served from memory (a few seconds' cache), so it adds almost nothing.
 */
const EXEMPT_PATHS = new Set(['/health', '/metrics', '/api/v1/status']);

/**
 * Sheds load at the door (issue 4, item 11): while the event loop lags or the heap is nearly full, new
 * requests get 503 OVERLOADED with Retry-After at once (problem-details maps the error) instead of joining
 * a queue that only makes every answer late. @fastify/under-pressure samples both cheaply on a timer rather
 * than per request. `/ready` is not exempt: a load balancer should send less to a struggling process.
 */
async function overload(app: FastifyInstance, options: OverloadOptions) {
  await app.register(underPressure, {
    maxEventLoopDelay: options.maxEventLoopDelayMs,
    maxHeapUsedBytes: options.maxHeapUsedBytes,
    sampleInterval: options.sampleIntervalMs,
    retryAfter: options.retryAfterSeconds,
    // Returning nothing lets the request through; a rejected promise goes to the error handler.
    pressureHandler: (request, _reply, type) => {
      if (EXEMPT_PATHS.has(request.url.split('?')[0] ?? '') || options.isExempt?.(request)) return;
      return Promise.reject(new ProcessOverloadedError(type));
    },
  });
}

export default fp(overload, { name: 'overload', dependencies: ['problem-details'] });
