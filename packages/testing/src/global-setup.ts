import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { migrateDatabase, openDatabase } from '@talon/db';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startPostgresCluster } from './postgres-cluster';

export const TEMPLATE_DB = 'talon_template';

/**
 * Once per test run: prepares a migrated database that each test file copies, so a file starts in about a
 * second instead of migrating from scratch. PGlite: a data-directory tarball. PostgreSQL: a template
 * database on a throwaway cluster (or on TEST_DATABASE_URL when one is given).
 */
export default async function setup(project: TestProject) {
  const kind = project.config.env?.TEST_DB ?? process.env.TEST_DB;
  if (kind === 'pglite') {
    const file = path.resolve('.tmp/pglite-template.tar');
    mkdirSync(path.dirname(file), { recursive: true });
    const handle = await openDatabase({ kind: 'pglite', dataDir: 'memory://' });
    await migrateDatabase(handle);
    const dump = await handle.dump!();
    writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    await handle.close();
    project.provide('pgliteTemplate', file);
    return;
  }
  if (kind === 'postgres') {
    const cluster = process.env.TEST_DATABASE_URL ? undefined : await startPostgresCluster();
    const url = process.env.TEST_DATABASE_URL ?? cluster!.url;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`drop database if exists ${TEMPLATE_DB}`);
    await admin.query(`create database ${TEMPLATE_DB}`);
    await admin.end();
    const templateUrl = new URL(url);
    templateUrl.pathname = `/${TEMPLATE_DB}`;
    const handle = await openDatabase({ kind: 'postgres', url: templateUrl.toString(), poolMax: 1 });
    await migrateDatabase(handle);
    await handle.close();
    project.provide('postgresUrl', url);
    return () => cluster?.stop();
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    postgresUrl: string;
  }
}
