import { defineConfig } from 'drizzle-kit';

// Migrations are generated from the schema (`npm run db:generate`), reviewed and committed as SQL.
export default defineConfig({
  dialect: 'postgresql',
  schema: './packages/db/src/schema/index.ts',
  out: './packages/db/migrations',
});
