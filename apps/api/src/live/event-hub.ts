/** One open stream, as a hub sees it: it writes text and can be ended. */
export interface EventSink {
  write(chunk: string): void;
  end(): void;
}

/** A process-wide LISTEN (packages/db/src/live): events, and a call after a lost connection came back. */
export interface EventSource<E> {
  subscribe(listener: (event: E) => void): () => void;
  onGap(listener: () => void): () => void;
  close(): Promise<void>;
}

export class HubFullError extends Error {
  constructor() {
    super('too many live subscribers');
  }
}

/** Server-sent events framing: one `event:` line, one `data:` line (JSON has no newlines), a blank line. */
export const sseMessage = (event: string, data: unknown) =>
  `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;

/** Which streams an event goes to, and as what SSE message. */
export interface EventRoute<E, S extends EventSink> {
  /** The SSE `event:` name. */
  name: string;
  matches(sink: S, event: E): boolean;
  /** The `data:` of the message. */
  data(event: E): unknown;
}

/**
 * The open streams of this process for one kind of event (slots, notifications). The database connection
 * that LISTENs is opened with the first stream and shared by all; each event goes only to the streams its
 * route matches. The number of streams is bounded (each holds a socket and memory); a heartbeat comment
 * every few seconds keeps proxies from closing idle streams and lets the server notice dead clients. After
 * a lost connection every stream gets `event: resync`: NOTIFY keeps no history.
 */
export class EventHub<E, S extends EventSink> {
  private readonly sinks = new Set<S>();
  private source: Promise<EventSource<E>> | null = null;
  private heartbeat: NodeJS.Timeout | null = null;
  private isClosed = false;

  constructor(
    private readonly openSource: () => Promise<EventSource<E>>,
    private readonly limits: { maxSubscribers: number; heartbeatSeconds: number },
    private readonly route: EventRoute<E, S>,
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
  add(sink: S): () => void {
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

  private remove(sink: S) {
    this.sinks.delete(sink);
    if (this.sinks.size === 0 && this.heartbeat) {
      clearInterval(this.heartbeat);
      this.heartbeat = null;
    }
  }

  private dispatch(event: E) {
    let message: string | null = null;
    for (const sink of this.sinks) {
      if (!this.route.matches(sink, event)) continue;
      message ??= sseMessage(this.route.name, this.route.data(event));
      sink.write(message);
    }
  }

  private broadcast(chunk: string) {
    for (const sink of this.sinks) sink.write(chunk);
  }
}
