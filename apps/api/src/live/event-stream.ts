import type { OutgoingHttpHeaders } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sendProblem } from '../plugins/problem-details/send-problem';
import { type EventHub, type EventSink, HubFullError } from './event-hub';

/** A client that falls this far behind (bytes not yet sent) is cut off rather than buffered without bound. */
const MAX_BUFFERED_BYTES = 256 * 1024;
/** How long an EventSource waits before reconnecting after the stream ends (SSE `retry:` field). */
const RECONNECT_MS = 5_000;

export const acceptsEventStream = (accept: string | undefined) =>
  typeof accept === 'string' && /(^|,)\s*text\/event-stream\s*(;|,|$)/i.test(accept);

/** The answer to a client that did not ask for an event stream (a plain GET, a link followed): 406 in Russian. */
export function refuseNonEventStream(request: FastifyRequest, reply: FastifyReply) {
  return sendProblem(reply, request, {
    status: 406,
    code: 'NOT_ACCEPTABLE',
    detail:
      'Это поток событий: запросите его с заголовком Accept: text/event-stream (например, через EventSource).',
  });
}

/** Why a stream was refused: the process is full, this address or account has its share, no listener. */
export type StreamRefusal = 'full' | 'address' | 'account' | 'unavailable';

/**
 * Turns the request into a server-sent event stream fed by `hub` with `subscriber`'s routing fields (a
 * filter, an account and its session). The client address counts against the per-address cap. `refuse`
 * answers instead when this process already serves as many streams as it may (`full`), the address or
 * account has its share (`address`, `account`), or it cannot listen to the database right now
 * (`unavailable`: the page works, only not live).
 */
export async function openEventStream<E, S extends EventSink, R>(
  request: FastifyRequest,
  reply: FastifyReply,
  hub: EventHub<E, S>,
  subscriber: Omit<S, 'write' | 'end' | 'address'>,
  refuse: (reason: StreamRefusal) => R,
): Promise<R | undefined> {
  if (hub.isFull) return refuse('full');
  try {
    await hub.ready();
  } catch (error) {
    request.log.warn({ err: error }, 'live events unavailable');
    return refuse('unavailable');
  }
  const raw = reply.raw;
  let remove: () => void;
  try {
    remove = hub.add({
      ...subscriber,
      address: request.ip,
      write: (chunk: string) => {
        if (raw.writableLength > MAX_BUFFERED_BYTES) {
          remove();
          raw.end();
          return;
        }
        raw.write(chunk);
      },
      end: () => raw.end(),
    } as unknown as S);
  } catch (error) {
    if (error instanceof HubFullError) return refuse(error.scope === 'process' ? 'full' : error.scope);
    throw error;
  }
  request.raw.on('close', () => remove());

  // From here the stream is ours: headers set so far (request id, security headers) go out with it.
  reply.hijack();
  raw.writeHead(200, {
    ...(reply.getHeaders() as OutgoingHttpHeaders),
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    // nginx and similar proxies would otherwise buffer the stream.
    'x-accel-buffering': 'no',
  });
  raw.write(`retry: ${RECONNECT_MS}\n: connected\n\n`);
  return undefined;
}

/** How long a page should wait before trying again when its address or account has its share of streams. */
const SHARE_RETRY_AFTER_SECONDS = 60;

/** The answer when this address or account already has as many open streams as it may: 429 in Russian. */
export function refuseTooManyStreams(request: FastifyRequest, reply: FastifyReply) {
  reply.header('retry-after', String(SHARE_RETRY_AFTER_SECONDS));
  return sendProblem(reply, request, {
    status: 429,
    code: 'TOO_MANY_STREAMS',
    detail:
      'Открыто слишком много страниц с обновлениями в реальном времени. Закройте лишние вкладки и обновите страницу.',
  });
}
