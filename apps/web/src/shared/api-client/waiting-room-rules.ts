import type { Middleware } from 'openapi-fetch';
import { ApiError } from './api-error';
import { admissionToken, QUEUE_TOKEN_HEADER } from './queue-place';

/**
 * Waits until the patient is admitted from the waiting room (their place joined, followed live, the admission
 * kept with `keepQueuePlace`); rejects when `signal` aborts or the place cannot be had.
 */
export type WaitingRoomHandler = (signal: AbortSignal) => Promise<void>;

let handler: WaitingRoomHandler | null = null;

/**
 * Puts a page that shows the waiting room in charge of refusals (the time choice, while it is open). Without
 * one, a refusal is an `ApiError` like any 503. Returns the removal.
 */
export function setWaitingRoomHandler(next: WaitingRoomHandler): () => void {
  handler = next;
  return () => {
    if (handler === next) handler = null;
  };
}

/** A request the server sent to the waiting room (503 + `Talon-Waiting-Room: active`, code `WAITING_ROOM`). */
function isWaitingRoomRefusal(response: Response): boolean {
  return response.status === 503 && response.headers.get('Talon-Waiting-Room') === 'active';
}

/** How often one call is tried again after an admission before its refusal is shown as it is. */
const MAX_RETRIES = 3;

/** Copies of the requests in flight (a sent request's body is spent), by the client's request id. */
const copies = new Map<string, Request>();

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

/**
 * The waiting room's rules for every call (docs/web.md, «Waiting room»): the admission's token in
 * `Talon-Queue-Token` while it holds; a refusal into the waiting room waits in it (the handler shows it) and
 * then sends the same request again, so the page goes on with what it was doing — the times load, the held
 * time is booked. Registered after `talonRules`, so its `onResponse` sees the refusal before it is thrown.
 */
export const waitingRoomRules: Middleware = {
  onRequest({ request, id }) {
    const token = admissionToken();
    if (token) request.headers.set(QUEUE_TOKEN_HEADER, token);
    if (handler) copies.set(id, request.clone());
    return request;
  },
  async onResponse({ request, response, id, options }) {
    const copy = copies.get(id);
    copies.delete(id);
    if (!copy || !isWaitingRoomRefusal(response)) return undefined;
    let answer = response;
    for (let attempt = 0; attempt < MAX_RETRIES && handler && isWaitingRoomRefusal(answer); attempt += 1) {
      try {
        await handler(request.signal);
      } catch (error) {
        if (request.signal.aborted || isAbort(error)) throw error;
        return answer;
      }
      const retry = copy.clone();
      const token = admissionToken();
      if (token) retry.headers.set(QUEUE_TOKEN_HEADER, token);
      try {
        answer = await options.fetch(retry);
      } catch (error) {
        if (request.signal.aborted) throw error;
        throw new ApiError(0, null);
      }
    }
    return answer;
  },
  onError({ id }) {
    copies.delete(id);
    return undefined;
  },
};
