import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, createApiClient, dataOf, keepQueuePlace, setWaitingRoomHandler } from './index';

const api = createApiClient({ baseUrl: 'http://talon.test' });

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

const refusal = () =>
  new Response(
    JSON.stringify({
      type: 'about:blank',
      title: 'Waiting room',
      status: 503,
      detail: 'Сейчас записывается очень много людей',
      code: 'WAITING_ROOM',
    }),
    {
      status: 503,
      headers: {
        'Content-Type': 'application/problem+json',
        'Retry-After': '5',
        'Talon-Waiting-Room': 'active',
      },
    },
  );

const page = () =>
  new Response(JSON.stringify({ items: [], total: 0 }), { headers: { 'Content-Type': 'application/json' } });

/** Answers the calls in turn with `answers` (the last one from then on) and keeps the requests. */
function serve(...answers: (() => Response)[]) {
  const requests: { headers: Headers; body: string }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      requests.push({ headers: request.headers, body: await request.text() });
      return (answers[requests.length - 1] ?? answers.at(-1))!();
    }),
  );
  return requests;
}

const admitted = (until = new Date(Date.now() + 60_000).toISOString()) =>
  keepQueuePlace({ token: 'queue-token', status: 'admitted', admittedUntil: until });

beforeEach(() => vi.stubGlobal('localStorage', memoryStorage()));
afterEach(() => vi.unstubAllGlobals());

describe('waiting room rules of the API client', () => {
  it('without a page that shows the waiting room, a refusal is an ApiError with Retry-After', async () => {
    serve(refusal);
    const error = await api.GET('/api/v1/slots', { params: { query: {} } }).catch((caught) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 503, code: 'WAITING_ROOM', retryAfterSeconds: 5 });
  });

  it('sends the admission token while the admission holds, and not after', async () => {
    const requests = serve(page);
    admitted();
    await api.GET('/api/v1/slots', { params: { query: {} } });
    admitted(new Date(Date.now() - 1000).toISOString());
    await api.GET('/api/v1/slots', { params: { query: {} } });
    expect(requests.map((request) => request.headers.get('Talon-Queue-Token'))).toEqual([
      'queue-token',
      null,
    ]);
  });

  it('waits in the waiting room, then sends the same request again with the admission', async () => {
    const requests = serve(refusal, () => new Response(JSON.stringify({ id: 'a1' }), { status: 201 }));
    const handler = vi.fn(async () => admitted());
    const remove = setWaitingRoomHandler(handler);
    try {
      const booked = await dataOf(
        api.POST('/api/v1/appointments', {
          body: { slotId: '00000000-0000-4000-8000-000000000001' },
          params: { header: { 'idempotency-key': 'key-1' } },
        }),
      );
      expect(booked).toEqual({ id: 'a1' });
    } finally {
      remove();
    }
    expect(handler).toHaveBeenCalledOnce();
    expect(requests).toHaveLength(2);
    expect(requests[0]?.headers.get('Talon-Queue-Token')).toBeNull();
    expect(requests[1]?.headers.get('Talon-Queue-Token')).toBe('queue-token');
    expect(requests[1]?.headers.get('Idempotency-Key')).toBe('key-1');
    expect(requests[1]?.body).toBe(requests[0]?.body);
    expect(JSON.parse(requests[1]?.body ?? '')).toEqual({ slotId: '00000000-0000-4000-8000-000000000001' });
  });

  it('gives up after a few admissions the server still refuses, showing the refusal', async () => {
    const requests = serve(refusal);
    const remove = setWaitingRoomHandler(async () => admitted());
    const error = await api.GET('/api/v1/slots', { params: { query: {} } }).catch((caught) => caught);
    remove();
    expect(error).toMatchObject({ status: 503, code: 'WAITING_ROOM' });
    expect(requests).toHaveLength(4);
  });

  it('shows the refusal when the place cannot be had', async () => {
    serve(refusal);
    const remove = setWaitingRoomHandler(async () => {
      throw new ApiError(401, null);
    });
    const error = await api.GET('/api/v1/slots', { params: { query: {} } }).catch((caught) => caught);
    remove();
    expect(error).toMatchObject({ status: 503, code: 'WAITING_ROOM' });
  });

  it('stops waiting when the call is cancelled', async () => {
    serve(refusal);
    const controller = new AbortController();
    const remove = setWaitingRoomHandler(
      (signal) =>
        new Promise((_, reject) => {
          signal.addEventListener('abort', () => reject(signal.reason));
          controller.abort();
        }),
    );
    const error = await api
      .GET('/api/v1/slots', { params: { query: {} }, signal: controller.signal })
      .catch((caught) => caught);
    remove();
    expect(error).toBeInstanceOf(DOMException);
    expect((error as DOMException).name).toBe('AbortError');
  });
});
