// `npm run icd10:import -- <file> [--out <entries.json>]`: converts the МКБ-10 reference exported from the
// Минздрав НСИ (CSV or JSON) into entries of the shape of reference/clinical/icd10.json.
import { readFile, writeFile } from 'node:fs/promises';
import { runIcd10Import } from './icd10-import-command';

runIcd10Import(process.argv.slice(2), {
  readFile: async (path) => new Uint8Array(await readFile(path)),
  writeFile: (path, text) => writeFile(path, text, 'utf8'),
  info: console.info,
  error: console.error,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
