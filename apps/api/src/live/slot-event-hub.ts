import type { SlotEvent, SlotEventSource } from '@talon/db';

/** What one open page listens to; every given field must match. */
export interface SlotEventFilter {
  regionCode?: string;
  specialtyCode?: string;
  organizationId?: string;
  practitionerId?: string;
}

/** True when the event concerns what the subscriber asked for. */
export function matchesFilter(filter: SlotEventFilter, event: SlotEvent): boolean {
  return (
    (!filter.regionCode || filter.regionCode === event.regionCode) &&
    (!filter.specialtyCode || filter.specialtyCode === event.specialtyCode) &&
    (!filter.organizationId || filter.organizationId === event.organizationId) &&
    (!filter.practitionerId || filter.practitionerId === event.practitionerId)
  );
}

/** One open stream, as the hub sees it: it writes text and can be ended. */
export interface SlotEventSink {
  filter: SlotEventFilter;
  write(chunk: string): void;
  end(): void;
}

export class HubFullError extends Error {
  constructor() {
    super('too many live subscribers');
  }
}

/** Server-sent events framing: one `event:` line, one `data:` line (JSON has no newlines), a blank line. */
export const sseMessage = (event: string, data: unknown) =>
  `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;

/**
 * The subscribers of this process. The database connection that LISTENs is opened with the first
 * subscriber and shared by all; each event goes only to the streams whose filter it matches. The number
 * of streams is bounded (each holds a socket and memory); a heartbeat comment every few seconds keeps
 * proxies from closing idle streams and lets the server notice dead clients.
 */
export class SlotEventHub {
  private readonly sinks = new Set<SlotEventSink>();
  private source: Promise<SlotEventSource> | null = null;
  private heartbeat: NodeJS.Timeout | null = null;
  private isClosed = false;

  constructor(
    private readonly openSource: () => Promise<SlotEventSource>,
    private readonly limits: { maxSubscribers: number; heartbeatSeconds: number },
  ) {}

  get size() {
    return this.sinks.size;
  }

  get isFull() {
    return this.isClosed || this.sinks.size >= this.limits.maxSubscribers;
  }

  /** Makes sure the process is listening; resolves once LISTEN is in place. */
  async ready(): Promise<void> {
    if (!this.source) {
      this.source = this.openSource().then((source) => {
        source.subscribe((event) => this.dispatch(event));
        source.onGap(() => this.broadcast(sseMessage('resync', {})));
        return source;
      });
      // A failed LISTEN is retried by the next subscriber rather than remembered forever.
      this.source.catch(() => {
        this.source = null;
      });
    }
    await this.source;
  }

  /** Adds a stream; throws `HubFullError` when the process already serves as many as it may. */
  add(sink: SlotEventSink): () => void {
    if (this.isFull) throw new HubFullError();
    this.sinks.add(sink);
    if (!this.heartbeat) {
      this.heartbeat = setInterval(
        () => this.broadcast(': heartbeat\n\n'),
        this.limits.heartbeatSeconds * 1000,
      );
      this.heartbeat.unref();
    }
    return () => this.remove(sink);
  }

  /** Ends every stream (shutdown); new ones are refused from now on. */
  endAll() {
    this.isClosed = true;
    for (const sink of [...this.sinks]) {
      this.remove(sink);
      sink.end();
    }
  }

  /** Ends every stream and stops listening. */
  async close() {
    this.endAll();
    const source = this.source;
    this.source = null;
    await source?.then((s) => s.close()).catch(() => {});
  }

  private remove(sink: SlotEventSink) {
    this.sinks.delete(sink);
    if (this.sinks.size === 0 && this.heartbeat) {
      clearInterval(this.heartbeat);
      this.heartbeat = null;
    }
  }

  private dispatch(event: SlotEvent) {
    let message: string | null = null;
    for (const sink of this.sinks) {
      if (!matchesFilter(sink.filter, event)) continue;
      message ??= sseMessage('slot', event);
      sink.write(message);
    }
  }

  private broadcast(chunk: string) {
    for (const sink of this.sinks) sink.write(chunk);
  }
}
