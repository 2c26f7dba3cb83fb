import { defineConfig } from 'vitest/config';

const integration = (name: string, db: 'pglite' | 'postgres') => ({
  test: {
    name,
    include: ['{apps,packages}/**/*.int.test.ts'],
    env: { TEST_DB: db },
    globalSetup: ['packages/testing/src/global-setup.ts'],
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

// Three projects: pure unit tests, then the same integration tests on embedded PGlite and on PostgreSQL.
// Files share their worker's module cache (`isolate: false`): importing the app once per worker instead of once
// per file saves about 40% of the suite's CPU. Tests therefore restore what they change (timers, globals).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['{apps,packages,scripts}/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/node_modules/**'],
          isolate: false,
          // A few unit tests import every module or run a script; on two busy cores that takes over 5 s.
          testTimeout: 20_000,
        },
      },
      integration('int-pglite', 'pglite'),
      integration('int-postgres', 'postgres'),
    ],
  },
});
