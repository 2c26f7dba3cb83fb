/**
 * One open stream, as a hub sees it: it writes text and can be ended. `address` and `accountId` are who
 * opened it (for the per-address and per-account caps); `sessionId`, the session it lives on (it ends
 * with that session).
 */
export interface EventSink {
  write(chunk: string): void;
  end(): void;
  address?: string;
  accountId?: string;
  sessionId?: string;
}

/** How many streams a hub serves: in all, per client address, per account; and its heartbeat. */
export interface EventHubLimits {
  maxSubscribers: number;
  heartbeatSeconds: number;
  maxPerAddress?: number;
  maxPerAccount?: number;
}

/** Which of these sessions are still alive (a stream on a session that ended is closed). */
export type SessionCheck = (sessionIds: string[]) => Promise<ReadonlySet<string>>;

/** A process-wide LISTEN (packages/db/src/live): events, and a call after a lost connection came back. */
export interface EventSource<E> {
  subscribe(listener: (event: E) => void): () => void;
  onGap(listener: () => void): () => void;
  close(): Promise<void>;
}

/** Refused: the process serves as many streams as it may, or this address or account already has its share. */
export class HubFullError extends Error {
  constructor(readonly scope: 'process' | 'address' | 'account' = 'process') {
    super(`too many live subscribers (${scope})`);
  }
}

/** Adds `delta` to a key's count; a count that reaches 0 leaves the map. */
function countIn(counts: Map<string, number>, key: string | undefined, delta: number) {
  if (!key) return;
  const next = (counts.get(key) ?? 0) + delta;
  if (next > 0) counts.set(key, next);
  else counts.delete(key);
}

/** Server-sent events framing: one `event:` line, one `data:` line (JSON has no newlines), a blank line. */
export const sseMessage = (event: string, data: unknown) =>
  `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;

/** Which streams an event goes to, and as what SSE message. */
export interface EventRoute<E, S extends EventSink> {
  /** The SSE `event:` name (of each event, when one stream carries several kinds). */
  name: string | ((event: E) => string);
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
  /**
   * Open streams per address and per account, kept as streams come and go: counting them by a pass over
   * every stream made each new stream cost O(streams), a tenth of the process at 8:00 with thousands open.
   */
  private readonly perAddress = new Map<string, number>();
  private readonly perAccount = new Map<string, number>();
  private source: Promise<EventSource<E>> | null = null;
  private heartbeat: NodeJS.Timeout | null = null;
  private isClosed = false;
  private isChecking = false;

  constructor(
    private readonly openSource: () => Promise<EventSource<E>>,
    private readonly limits: EventHubLimits,
    private readonly route: EventRoute<E, S>,
    /** Run with each heartbeat for the streams that live on a session (issue 15, item 11). */
    private readonly sessionCheck?: SessionCheck,
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

  /**
   * Adds a stream; throws `HubFullError` when the process already serves as many as it may, or the sink's
   * address or account has its share (one person's tabs, or a script, must not take everyone's streams).
   */
  add(sink: S): () => void {
    if (this.isFull) throw new HubFullError('process');
    const { maxPerAddress, maxPerAccount } = this.limits;
    if (maxPerAddress && sink.address && (this.perAddress.get(sink.address) ?? 0) >= maxPerAddress) {
      throw new HubFullError('address');
    }
    if (maxPerAccount && sink.accountId && (this.perAccount.get(sink.accountId) ?? 0) >= maxPerAccount) {
      throw new HubFullError('account');
    }
    if (this.sinks.has(sink)) return () => this.remove(sink);
    this.sinks.add(sink);
    countIn(this.perAddress, sink.address, 1);
    countIn(this.perAccount, sink.accountId, 1);
    if (!this.heartbeat) {
      this.heartbeat = setInterval(() => {
        this.broadcast(': heartbeat\n\n');
        void this.endStreamsOfEndedSessions();
      }, this.limits.heartbeatSeconds * 1000);
      this.heartbeat.unref();
    }
    return () => this.remove(sink);
  }

  /** Ends the streams whose session is gone (logout, expiry, ended elsewhere): one query per heartbeat. */
  private async endStreamsOfEndedSessions() {
    if (!this.sessionCheck || this.isChecking) return;
    const bound = [...this.sinks].filter((sink) => sink.sessionId);
    if (bound.length === 0) return;
    this.isChecking = true;
    try {
      const alive = await this.sessionCheck([...new Set(bound.map((sink) => sink.sessionId!))]);
      for (const sink of bound) {
        if (alive.has(sink.sessionId!) || !this.sinks.has(sink)) continue;
        this.remove(sink);
        sink.end();
      }
    } catch {
      // The database is busy or gone: the next heartbeat tries again; the streams stay meanwhile.
    } finally {
      this.isChecking = false;
    }
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
    if (!this.sinks.delete(sink)) return;
    countIn(this.perAddress, sink.address, -1);
    countIn(this.perAccount, sink.accountId, -1);
    if (this.sinks.size === 0 && this.heartbeat) {
      clearInterval(this.heartbeat);
      this.heartbeat = null;
    }
  }

  private dispatch(event: E) {
    let message: string | null = null;
    for (const sink of this.sinks) {
      if (!this.route.matches(sink, event)) continue;
      message ??= sseMessage(
        typeof this.route.name === 'string' ? this.route.name : this.route.name(event),
        this.route.data(event),
      );
      sink.write(message);
    }
  }

  private broadcast(chunk: string) {
    for (const sink of this.sinks) sink.write(chunk);
  }
}
