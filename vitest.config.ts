import { defineConfig } from 'vitest/config';

const integration = (name: string, db: 'pglite' | 'postgres') => ({
  test: {
    name,
    include: ['{apps,packages}/**/*.int.test.ts'],
    env: { TEST_DB: db },
    globalSetup: ['packages/testing/src/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

// Three projects: pure unit tests, then the same integration tests on embedded PGlite and on PostgreSQL.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['{apps,packages,scripts}/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/node_modules/**'],
        },
      },
      integration('int-pglite', 'pglite'),
      integration('int-postgres', 'postgres'),
    ],
  },
});
