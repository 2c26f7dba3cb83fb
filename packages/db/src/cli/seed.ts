// `npm run seed -- --size small|large --seed N`: replaces the generated data of the configured database
// (DATABASE_URL, or PGlite under DATA_DIR) with a deterministic demo (small) or benchmark (large) set.
import { parseArgs } from 'node:util';
import { migrateDatabase } from '../index';
import { type SeedReport, type SeedSize, seedDatabase } from '../seed/index';
import { runCommand, withConfiguredDatabase } from './run-command';

const USAGE = 'Usage: npm run seed -- [--size small|large] [--seed N]   (defaults: --size small --seed 1)';
const SIZES: readonly SeedSize[] = ['small', 'large'];
/** The generator takes any 32-bit unsigned seed. */
const MAX_SEED = 0xffff_ffff;

class UsageError extends Error {}

function parseOptions(argv: string[]): { size: SeedSize; seed: number; help: boolean } {
  let values: { size?: string; seed?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        size: { type: 'string', short: 's', default: 'small' },
        seed: { type: 'string', default: '1' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const size = SIZES.find((s) => s === values.size);
  if (!size) throw new UsageError(`--size must be one of ${SIZES.join(', ')}, got "${values.size}"`);
  const seed = Number(values.seed);
  if (!/^\d+$/.test(values.seed ?? '') || seed > MAX_SEED) {
    throw new UsageError(`--seed must be a whole number from 0 to ${MAX_SEED}, got "${values.seed}"`);
  }
  return { size, seed, help: values.help ?? false };
}

const formatReport = (r: SeedReport, kind: string): string =>
  `Seeded ${kind} with the ${r.size} set (seed ${r.seed}): ${r.organizations} organizations, ` +
  `${r.practitioners} practitioners, ${r.practitionerRoles} practitioner roles, ${r.patients} patients, ` +
  `${r.schedules} schedules, ${r.slots} slots, ${r.reviews} reviewed past visits, ${r.accounts} demo accounts, ` +
  `${r.signingCertificates} signing certificates in ${(r.ms / 1000).toFixed(1)} s`;

async function main(): Promise<number> {
  let options: ReturnType<typeof parseOptions>;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    console.info(USAGE);
    return 0;
  }
  return withConfiguredDatabase(async (database, config) => {
    await migrateDatabase(database);
    const report = await seedDatabase(database.db, {
      size: options.size,
      seed: options.seed,
      keys: config.secrets,
      log: (message) => console.info(message),
    });
    console.info(formatReport(report, database.kind === 'postgres' ? 'PostgreSQL' : 'PGlite'));
    return 0;
  });
}

runCommand(main);
