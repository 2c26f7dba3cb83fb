// `npm run bench -- <name> [options]`: runs bench/<name>/main.ts (or run.ts) with the options after it.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const entryOf = (name: string) =>
  ['main.ts', 'run.ts'].map((file) => path.join(benchDir, name, file)).find((file) => existsSync(file));
const available = readdirSync(benchDir).filter((name) => entryOf(name));
const [name, ...rest] = process.argv.slice(2);
if (!name || !available.includes(name)) {
  console.error(`Usage: npm run bench -- <${available.join('|')}> [options]`);
  process.exit(2);
}
const tsx = path.join(benchDir, '..', 'node_modules', '.bin', 'tsx');
const run = spawnSync(tsx, [entryOf(name)!, ...rest], { stdio: 'inherit' });
process.exit(run.status ?? 1);
