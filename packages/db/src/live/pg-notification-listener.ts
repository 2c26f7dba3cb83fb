import pg from 'pg';

/** Receives the payloads of one NOTIFY channel; `onReconnect` hears that some may have been missed. */
export interface NotificationHandlers {
  onMessage(payload: string): void;
  /** The connection was lost and is back: notifications sent meanwhile are gone (NOTIFY keeps no history). */
  onReconnect?(): void;
  onError?(error: unknown): void;
}

export interface NotificationListener {
  close(): Promise<void>;
}

const CHANNEL = /^[a-z_][a-z0-9_]{0,62}$/;
const MAX_BACKOFF_MS = 10_000;

/**
 * LISTEN on a dedicated PostgreSQL connection, never one from the pool: a listening session must stay open
 * for the life of the process, and a pooled client would either be lost to the pool or be handed to other
 * queries (whose transactions would then delay notifications). The connection is re-opened with back-off
 * (0.25 s doubling to 10 s) whenever it drops, so a database restart or failover only causes a gap.
 */
export async function listenOnPostgres(
  url: string,
  channel: string,
  handlers: NotificationHandlers,
): Promise<NotificationListener> {
  // The channel name is an identifier in the LISTEN statement, which cannot take a parameter.
  if (!CHANNEL.test(channel)) throw new Error(`invalid channel name "${channel}"`);
  let client: pg.Client | null = null;
  let isClosed = false;
  let attempt = 0;
  let retryTimer: NodeJS.Timeout | null = null;

  const connect = async (isReconnect: boolean): Promise<void> => {
    const next = new pg.Client({
      connectionString: url,
      application_name: 'talon-listener',
      // A connection that died without a word (a dropped route, a failover) is noticed by TCP keep-alive.
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
    });
    next.on('notification', (message) => {
      if (message.channel === channel && message.payload !== undefined) handlers.onMessage(message.payload);
    });
    next.on('error', (error) => {
      handlers.onError?.(error);
      drop(next);
    });
    next.on('end', () => drop(next));
    try {
      await next.connect();
      await next.query(`LISTEN ${channel}`);
    } catch (error) {
      await next.end().catch(() => {});
      throw error;
    }
    if (isClosed) {
      await next.end().catch(() => {});
      return;
    }
    client = next;
    attempt = 0;
    if (isReconnect) handlers.onReconnect?.();
  };

  /** The live connection failed or ended: forget it and open another later. */
  const drop = (failed: pg.Client) => {
    if (client !== failed) return;
    client = null;
    failed.end().catch(() => {});
    scheduleReconnect();
  };

  const scheduleReconnect = () => {
    if (isClosed || retryTimer) return;
    const delay = Math.min(MAX_BACKOFF_MS, 250 * 2 ** attempt);
    attempt += 1;
    retryTimer = setTimeout(() => {
      retryTimer = null;
      connect(true).catch((error: unknown) => {
        handlers.onError?.(error);
        scheduleReconnect();
      });
    }, delay);
    retryTimer.unref();
  };

  await connect(false);
  return {
    async close() {
      isClosed = true;
      if (retryTimer) clearTimeout(retryTimer);
      const current = client;
      client = null;
      await current?.end().catch(() => {});
    },
  };
}
