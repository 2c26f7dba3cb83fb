import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Icd10ImportIo, runIcd10Import } from './icd10-import-command';

const FIXTURE = new URL('../reference/clinical/fixtures/nsi-mkb10.csv', import.meta.url);

function fakeIo(files: Record<string, Uint8Array>) {
  const written: Record<string, string> = {};
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
  };
  return { io, written, lines };
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

  it('only counts without --out', async () => {
    const { io, written } = fakeIo(files);
    expect(await runIcd10Import(['mkb.csv'], io)).toBe(0);
    expect(written).toEqual({});
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
