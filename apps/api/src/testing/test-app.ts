import { loadConfig } from '@talon/config';
import type { Clock } from '@talon/core/shared';
import type { DatabaseHandle } from '@talon/db';
import { createTestDatabase } from '@talon/testing';
import { type App, buildApp } from '../app';

export interface TestApp {
  app: App;
  database: DatabaseHandle;
  close(): Promise<void>;
}

/** The real application on a fresh test database of its own, for `app.inject()` tests. */
export async function createTestApp(options: { clock?: Clock } = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({ NODE_ENV: 'test', WEB_DIST_DIR: '/nonexistent' });
  const app = await buildApp({ config, database, logger: false, clock: options.clock });
  await app.ready();
  return {
    app,
    database,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
