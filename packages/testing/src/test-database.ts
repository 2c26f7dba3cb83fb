import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { type DatabaseHandle, openDatabase } from '@talon/db';
import pg from 'pg';
import { inject } from 'vitest';

const TEMPLATE_DB = 'talon_template';

/**
 * A fresh, migrated database of its own for one test file: PGlite from the template tarball, or a new
 * PostgreSQL database copied from the template. Which one depends on the vitest project (TEST_DB).
 */
export async function createTestDatabase(
  /** PostgreSQL only: the pool's waiting line (a concurrency test lets hundreds of requests wait). */
  pool: { maxWaiting?: number; acquireTimeoutMs?: number } = {},
): Promise<DatabaseHandle> {
  if (process.env.TEST_DB === 'postgres') {
    const url = inject('postgresUrl');
    const name = `talon_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${name} template ${TEMPLATE_DB}`);
    const dbUrl = new URL(url);
    dbUrl.pathname = `/${name}`;
    const handle = await openDatabase({ kind: 'postgres', url: dbUrl.toString(), poolMax: 5, ...pool });
    return {
      ...handle,
      close: async () => {
        await handle.close();
        // A connection still closing (a listener, the queue's pool) must not fail the file's teardown: a
        // plain DROP waits 5 s for other sessions and then errors, failing the run though every test passed.
        await admin.query(`drop database if exists ${name} with (force)`);
        await admin.end();
      },
    };
  }
  const template = new Blob([readFileSync(inject('pgliteTemplate'))]);
  return openDatabase({ kind: 'pglite', dataDir: 'memory://', loadDataDir: template });
}
