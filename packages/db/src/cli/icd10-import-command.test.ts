import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Icd10ImportIo, runIcd10Import } from './icd10-import-command';

const FIXTURE = new URL('../reference/clinical/fixtures/nsi-mkb10.csv', import.meta.url);

function fakeIo(files: Record<string, Uint8Array>) {
  const written: Record<string, string> = {};
  const tables: string[][] = [];
  const lines: { info: string[]; error: string[] } = { info: [], error: [] };
  const io: Icd10ImportIo = {
    readFile: async (path) => {
      const bytes = files[path];
      if (!bytes) throw Object.assign(new Error(`ENOENT: no such file, open '${path}'`), { code: 'ENOENT' });
      return bytes;
    },
    writeFile: async (path, text) => {
      written[path] = text;
    },
    info: (line) => lines.info.push(line),
    error: (line) => lines.error.push(line),
    replaceTable: async (entries) => {
      tables.push(entries.map((e) => e.code));
      return entries.length;
    },
  };
  return { io, written, lines, tables };
}

describe('runIcd10Import', () => {
  const files = { 'mkb.csv': new Uint8Array(readFileSync(FIXTURE)) };

  it('prints the count per class and writes entries one a line with --out', async () => {
    const { io, written, lines } = fakeIo(files);
    expect(await runIcd10Import(['mkb.csv', '--out', 'out.json'], io)).toBe(0);
    expect(lines.info[0]).toBe('14 МКБ-10 codes in force (I: 4, II: 2, IV: 1, XVIII: 2, XIX: 3, XXII: 2)');
    const text = written['out.json'] ?? '';
    expect(JSON.parse(text)).toHaveLength(14);
    expect(text.split('\n')[1]).toBe('  {"code":"A00","name":"Холера","chapter":"I","block":"A00-A09"},');
  });

  it('replaces the table by default, and only counts with --dry-run', async () => {
    const replaced = fakeIo(files);
    expect(await runIcd10Import(['mkb.csv'], replaced.io)).toBe(0);
    expect(replaced.tables).toHaveLength(1);
    expect(replaced.tables[0]).toHaveLength(14);
    expect(replaced.lines.info[1]).toBe('icd10_codes replaced: 14 codes');
    const dry = fakeIo(files);
    expect(await runIcd10Import(['mkb.csv', '--dry-run'], dry.io)).toBe(0);
    expect(dry.written).toEqual({});
    expect(dry.tables).toEqual([]);
    expect(await runIcd10Import(['mkb.csv', '--dry-run', '--out', 'x.json'], dry.io)).toBe(2);
  });

  it('writes JSON with --out and leaves the database alone', async () => {
    const { io, tables } = fakeIo(files);
    expect(await runIcd10Import(['mkb.csv', '--out', 'out.json'], io)).toBe(0);
    expect(tables).toEqual([]);
  });

  it('answers 2 with the usage for wrong arguments and 1 for a missing or unreadable file', async () => {
    const wrong = fakeIo(files);
    expect(await runIcd10Import([], wrong.io)).toBe(2);
    expect(wrong.lines.error[0]).toMatch(/Usage: npm run icd10:import/);
    expect(await runIcd10Import(['a.csv', 'b.csv'], wrong.io)).toBe(2);
    const missing = fakeIo(files);
    expect(await runIcd10Import(['none.csv'], missing.io)).toBe(1);
    expect(missing.lines.error[0]).toMatch(/cannot import none.csv: ENOENT/);
    const broken = fakeIo({ 'bad.csv': new TextEncoder().encode('ID;NAME\n1;x\n') });
    expect(await runIcd10Import(['bad.csv'], broken.io)).toBe(1);
  });
});
