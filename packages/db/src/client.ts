import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import {
  listenOnPostgres,
  type NotificationHandlers,
  type NotificationListener,
} from './live/pg-notification-listener';
import { createBoundedPool, type PoolLimits } from './pool/bounded-pool';
import * as schema from './schema';

/** The typed database, the same type on PGlite and PostgreSQL: one dialect, one schema. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

/** A database or an open transaction on it: repositories take either, so a use case can span several. */
export type DbExecutor = Database | Parameters<Parameters<Database['transaction']>[0]>[0];

export type DatabaseOptions =
  | {
      kind: 'pglite';
      /** A folder, or `memory://` for a throwaway database. */
      dataDir: string;
      /** A `dumpDataDir()` tarball to start from (tests start from a migrated template in ~1 s). */
      loadDataDir?: Blob;
    }
  | ({ kind: 'postgres'; url: string; poolMax?: number } & Partial<PoolLimits>);

/** Raw SQL for the job queue (pg-boss `db` option): parameterised single statements or multi-statement text. */
export type QueueSqlExecutor = (text: string, values?: unknown[]) => Promise<{ rows: unknown[] }>;

export interface DatabaseHandle {
  db: Database;
  /**
   * Connections of their own (PostgreSQL: a pool of 2 beside the main one; PGlite: the one connection) for
   * background control work that must not queue behind the requests it paces: the waiting room's admitter.
   * At 8:00 the main pool has hundreds of callers waiting, and an admitter among them admitted every 5 s.
   */
  background: Database;
  kind: DatabaseOptions['kind'];
  /** Internal: the same connection (PGlite) or pool (PostgreSQL) for the job queue in packages/db/src/queue. */
  queueSql?: QueueSqlExecutor;
  /** Throws when the database does not answer. */
  ping(): Promise<void>;
  /**
   * LISTEN on a NOTIFY channel: PGlite's own listener, or a dedicated PostgreSQL connection (not one of the
   * pool) that reconnects by itself. See `live/slot-events.ts`.
   */
  listen(channel: string, handlers: NotificationHandlers): Promise<NotificationListener>;
  /** PostgreSQL only: connections of the pool and callers waiting for one (for /metrics). */
  poolStats?: () => { total: number; idle: number; waiting: number };
  close(): Promise<void>;
  /** PGlite only: the whole data directory as a tarball. */
  dump?: () => Promise<Blob>;
}

/**
 * The same database for background work (the message worker, the supervisor's jobs): it waits for a
 * connection instead of being shed. Shedding (`DB_POOL_ACQUIRE_TIMEOUT_MS`, `DB_POOL_MAX_WAITING`) is for
 * requests, where a quick 503 beats a slow answer; a worker shed after a send could not record it, and the
 * stale sweep would send the message again.
 */
export function withoutShedding(options: DatabaseOptions): DatabaseOptions {
  return options.kind === 'postgres'
    ? { ...options, acquireTimeoutMs: 0, maxWaiting: Number.POSITIVE_INFINITY }
    : options;
}

/**
 * Opens the embedded PGlite database (created on first use) or a PostgreSQL pool. PGlite runs in this
 * process and serialises queries on one connection, which is right for a demo or a small clinic; production
 * and multi-process deployments use PostgreSQL.
 */
export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  if (options.kind === 'pglite') {
    if (!options.dataDir.startsWith('memory://')) mkdirSync(options.dataDir, { recursive: true });
    const client = await PGlite.create(options.dataDir, {
      extensions: { pg_trgm, btree_gist },
      ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    });
    const db = drizzlePglite({ client, schema }) as unknown as Database;
    return {
      db,
      background: db,
      kind: 'pglite',
      ping: async () => {
        await client.query('select 1');
      },
      close: () => client.close(),
      listen: async (channel, handlers) => {
        const unlisten = await client.listen(channel, handlers.onMessage);
        // After the database is closed there is nothing left to stop listening to.
        return { close: () => unlisten().catch(() => {}) };
      },
      dump: () => client.dumpDataDir('none'),
      // PGlite's `query` takes one statement with parameters; `exec` runs parameterless multi-statement text.
      queueSql: async (text, values) => {
        if (values && values.length > 0) return client.query(text, values);
        const results = await client.exec(text);
        return { rows: results.at(-1)?.rows ?? [] };
      },
    };
  }
  // Without limits (tools, tests) the pool waits as pg does by default; the server passes its configured ones.
  const pool = createBoundedPool(options.url, {
    max: options.poolMax ?? 10,
    acquireTimeoutMs: options.acquireTimeoutMs ?? 0,
    maxWaiting: options.maxWaiting ?? Number.POSITIVE_INFINITY,
  });
  // An idle client's network error must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  const db = drizzlePostgres({ client: pool, schema }) as unknown as Database;
  await db.execute(sql`select 1`);
  // pg opens a pool's connections on first use: a process that never runs background work opens none.
  const backgroundPool = createBoundedPool(options.url, {
    max: 2,
    acquireTimeoutMs: 0,
    maxWaiting: Number.POSITIVE_INFINITY,
  });
  backgroundPool.on('error', () => {});
  return {
    db,
    background: drizzlePostgres({ client: backgroundPool, schema }) as unknown as Database,
    kind: 'postgres',
    ping: async () => {
      await pool.query('select 1');
    },
    close: async () => {
      await Promise.all([pool.end(), backgroundPool.end()]);
    },
    listen: (channel, handlers) => listenOnPostgres(options.url, channel, handlers),
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    queueSql: (text, values) => pool.query(text, values),
  };
}
