import PgBoss from 'pg-boss';
import type { DatabaseHandle } from '../client';

export type Queue = PgBoss;
export type QueueJob<T> = PgBoss.Job<T>;
export type QueueSendOptions = PgBoss.SendOptions;

/** How often an idle worker looks for jobs: 0.5 s, pg-boss's floor, so one-time codes go out fast. */
export const QUEUE_POLLING_SECONDS = 0.5;

export interface QueueOptions {
  /** Run pg-boss's maintenance (expiry, archiving) and its cron clock in this process; default true. */
  isSupervisor?: boolean;
  /** pg-boss reports background errors here instead of throwing them into the event loop. */
  onError?: (error: Error) => void;
}

/**
 * Starts a pg-boss 10 queue on the application's own database connection: PGlite's single in-process client
 * (a second PGlite instance in one process can hang) or the PostgreSQL pool, through pg-boss's `db` option.
 * pg-boss creates or migrates its `pgboss` schema on start, under an advisory lock.
 */
export async function createQueue(handle: DatabaseHandle, options: QueueOptions = {}): Promise<Queue> {
  const executeSql = handle.queueSql;
  if (!executeSql) throw new Error('this database handle has no queue connection');
  const isSupervisor = options.isSupervisor ?? true;
  const boss = new PgBoss({
    db: { executeSql: (text, values) => executeSql(text, values) },
    supervise: isSupervisor,
    schedule: isSupervisor,
    migrate: true,
  });
  boss.on('error', (error) => options.onError?.(error));
  await boss.start();
  return boss;
}
