import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { BENCH_SECRETS } from './env';

/** The seed CLI of the product (`npm run seed`), run against the benchmark's cluster. */
export function seedLarge(repoRoot: string, databaseUrl: string, seed: number): string {
  const output = execFileSync(
    path.join(repoRoot, 'node_modules/.bin/tsx'),
    ['packages/db/src/cli/seed.ts', '--size', 'large', '--seed', String(seed)],
    {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: 'development', ...BENCH_SECRETS },
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  return output.trim().split('\n').at(-1) ?? '';
}
