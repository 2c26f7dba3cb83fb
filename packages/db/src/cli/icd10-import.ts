// `npm run icd10:import -- <file> [--dry-run | --out <entries.json>]`: replaces the МКБ-10 table of the
// configured database with the reference exported from the Минздрав НСИ (CSV or JSON), OID
// 1.2.643.5.1.13.13.11.1005 — or converts it to entries of the shape of reference/clinical/icd10.json.
import { readFile, writeFile } from 'node:fs/promises';
import { replaceIcd10Codes } from '../reference/icd10-codes';
import { runIcd10Import } from './icd10-import-command';
import { runCommand, withConfiguredDatabase } from './run-command';

runCommand(() =>
  runIcd10Import(process.argv.slice(2), {
    readFile: async (path) => new Uint8Array(await readFile(path)),
    writeFile: (path, text) => writeFile(path, text, 'utf8'),
    info: console.info,
    error: console.error,
    replaceTable: (entries) => withConfiguredDatabase((database) => replaceIcd10Codes(database.db, entries)),
  }),
);
