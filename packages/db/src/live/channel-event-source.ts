import type { DatabaseHandle } from '../client';

/** The events of one NOTIFY channel, fanned out to any number of in-process subscribers. */
export interface ChannelEventSource<E> {
  /** Calls `listener` for every event until the returned function is called. */
  subscribe(listener: (event: E) => void): () => void;
  /** Calls `listener` after a lost connection came back: events of the gap are gone, pages should refetch. */
  onGap(listener: () => void): () => void;
  close(): Promise<void>;
}

/**
 * One LISTEN for the whole process on `channel`: payloads `parse` accepts go to every subscriber, a lost
 * and regained connection to every gap listener. A subscriber that throws does not stop the others.
 */
export async function openChannelEventSource<E>(
  handle: DatabaseHandle,
  channel: string,
  parse: (payload: string) => E | null,
  options: { onError?: (error: unknown) => void } = {},
): Promise<ChannelEventSource<E>> {
  const listeners = new Set<(event: E) => void>();
  const gapListeners = new Set<() => void>();
  const notify = <T>(targets: Set<(value: T) => void>, value: T) => {
    for (const target of targets) {
      try {
        target(value);
      } catch (error) {
        options.onError?.(error);
      }
    }
  };
  const listener = await handle.listen(channel, {
    onMessage: (payload) => {
      const event = parse(payload);
      if (event) notify(listeners, event);
    },
    onReconnect: () => notify(gapListeners, undefined),
    onError: options.onError,
  });
  return {
    subscribe(target) {
      listeners.add(target);
      return () => listeners.delete(target);
    },
    onGap(target) {
      gapListeners.add(target);
      return () => gapListeners.delete(target);
    },
    close: () => listener.close(),
  };
}
