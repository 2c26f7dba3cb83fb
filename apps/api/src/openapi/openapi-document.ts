import { loadConfig } from '@talon/config';
import { openDatabase } from '@talon/db';
import { buildApp } from '../app';

/**
 * What the document is built with: every optional group of routes on (the demo routes, login through an
 * external identity provider), so the web app's types cover every route it may meet. Fixed values, not the
 * caller's environment, so the document is the same on every machine.
 */
const DOCUMENT_ENV = {
  NODE_ENV: 'test',
  WEB_DIST_DIR: '/nonexistent',
  TALON_DEMO: '1',
  OIDC_ISSUER: 'https://id.example.org/',
  OIDC_CLIENT_ID: 'talon',
  OIDC_CLIENT_SECRET: 'openapi-document',
} as const;

/**
 * The OpenAPI 3.1 document the API serves at `/api/docs/json`, built without a running server: the real app
 * (`buildApp`: its plugins and every route's zod schemas) on a throwaway in-memory PGlite. Routes take their
 * use cases when they are registered, so the database is opened, but nothing is migrated or queried.
 */
export async function buildOpenApiDocument(): Promise<Record<string, unknown>> {
  const database = await openDatabase({ kind: 'pglite', dataDir: 'memory://' });
  try {
    const app = await buildApp({ config: loadConfig(DOCUMENT_ENV), database, logger: false });
    try {
      await app.ready();
      return app.swagger() as unknown as Record<string, unknown>;
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
  }
}
