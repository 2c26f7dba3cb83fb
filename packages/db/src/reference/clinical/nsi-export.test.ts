import { describe, expect, it } from 'vitest';
import { decodeNsiText, NsiExportError, parseSemicolonCsv, readNsiExport } from './nsi-export';

describe('parseSemicolonCsv', () => {
  it('keeps separators, line breaks and doubled quotes inside quoted fields; skips blank lines', () => {
    expect(parseSemicolonCsv('a;"b;c";"say ""hi"""\r\n\r\n1;"two\nlines";\n')).toEqual([
      ['a', 'b;c', 'say "hi"'],
      ['1', 'two\nlines', ''],
    ]);
  });

  it('refuses a quote left open', () => {
    expect(() => parseSemicolonCsv('a;"b\n')).toThrow(NsiExportError);
  });
});

describe('decodeNsiText', () => {
  it('reads UTF-8 with and without a BOM and falls back to windows-1251', () => {
    const utf8 = new TextEncoder().encode('Холера');
    expect(decodeNsiText(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]))).toBe('Холера');
    expect(decodeNsiText(utf8)).toBe('Холера');
    expect(decodeNsiText(Uint8Array.from([0xd5, 0xee, 0xeb, 0xe5, 0xf0, 0xe0]))).toBe('Холера');
  });
});

describe('readNsiExport', () => {
  it('refuses JSON without a list of records and a CSV line longer than its header', () => {
    expect(() => readNsiExport(new TextEncoder().encode('{"result":"OK"}'), 'x.json')).toThrow(/no list/);
    expect(() => readNsiExport(new TextEncoder().encode('A;B\n1;2;3\n'), 'x.csv')).toThrow(/line 2/);
  });
});
