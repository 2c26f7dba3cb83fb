import { parseArgs } from 'node:util';
import type { Icd10Entry } from '../reference/clinical/clinical-entries';
import { parseIcd10Reference } from '../reference/clinical/icd10-import';
import { NsiExportError } from '../reference/clinical/nsi-export';

const USAGE =
  'Usage: npm run icd10:import -- <НСИ export .csv or .json> [--dry-run | --out <entries.json>]\n' +
  "  (no option: replaces the icd10_codes table of the configured database with the file's codes)";

export interface Icd10ImportIo {
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, text: string): Promise<void>;
  info(line: string): void;
  error(line: string): void;
  /** Replaces the content of the `icd10_codes` table of the configured database; how many rows it holds. */
  replaceTable(entries: readonly Icd10Entry[]): Promise<number>;
}

/** One entry a line, as `icd10.json` is laid out, so a diff against it reads code by code. */
export const formatIcd10Json = (entries: readonly Icd10Entry[]): string =>
  `[\n${entries.map((e) => `  ${JSON.stringify(e)}`).join(',\n')}\n]\n`;

function countByChapter(entries: readonly Icd10Entry[]): string {
  const counts = new Map<string, number>();
  for (const e of entries) counts.set(e.chapter, (counts.get(e.chapter) ?? 0) + 1);
  return [...counts].map(([chapter, n]) => `${chapter}: ${n}`).join(', ');
}

/**
 * The logic of `npm run icd10:import`: parses the Минздрав НСИ export of МКБ-10 (OID
 * 1.2.643.5.1.13.13.11.1005), prints how many codes it holds (per class) and replaces the `icd10_codes` table
 * of the configured database with them in one transaction — or, with `--out`, writes them in the shape of
 * `icd10.json` instead, or with `--dry-run` only counts. Returns the exit code: 0 done, 1 the file could not
 * be read or parsed, 2 wrong arguments.
 */
export async function runIcd10Import(argv: readonly string[], io: Icd10ImportIo): Promise<number> {
  let file: string | undefined;
  let out: string | undefined;
  let isDryRun = false;
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options: { out: { type: 'string', short: 'o' }, 'dry-run': { type: 'boolean' } },
      allowPositionals: true,
      strict: true,
    });
    if (positionals.length !== 1) throw new Error('expected exactly one input file');
    [file] = positionals;
    out = values.out;
    isDryRun = values['dry-run'] ?? false;
    if (out && isDryRun) throw new Error('--out and --dry-run exclude each other');
  } catch (error) {
    io.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  if (!file) return 2;
  let entries: Icd10Entry[];
  try {
    entries = parseIcd10Reference(await io.readFile(file), file);
  } catch (error) {
    if (error instanceof NsiExportError || (error as NodeJS.ErrnoException).code) {
      io.error(`cannot import ${file}: ${(error as Error).message}`);
      return 1;
    }
    throw error;
  }
  io.info(`${entries.length} МКБ-10 codes in force (${countByChapter(entries)})`);
  if (out) {
    await io.writeFile(out, formatIcd10Json(entries));
    io.info(`written to ${out}`);
  } else if (!isDryRun) {
    const rows = await io.replaceTable(entries);
    io.info(`icd10_codes replaced: ${rows} codes`);
  }
  return 0;
}
