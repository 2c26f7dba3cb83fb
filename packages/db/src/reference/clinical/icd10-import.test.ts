import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Icd10ImportError, parseIcd10Reference } from './icd10-import';

const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

const EXPECTED = [
  { code: 'A00', name: 'Холера', chapter: 'I', block: 'A00-A09' },
  {
    code: 'A00.0',
    name: 'Холера, вызванная холерным вибрионом 01, биовар cholerae',
    chapter: 'I',
    block: 'A00-A09',
  },
  {
    code: 'A09',
    name: 'Другой гастроэнтерит и колит инфекционного и неуточненного происхождения',
    chapter: 'I',
    block: 'A00-A09',
  },
  {
    code: 'A09.0',
    name: 'Другой и неуточненный гастроэнтерит и колит инфекционного происхождения',
    chapter: 'I',
    block: 'A00-A09',
  },
  { code: 'C00', name: 'Злокачественное новообразование губы', chapter: 'II', block: 'C00-C14' },
  {
    code: 'C00.0',
    name: 'Злокачественное новообразование наружной поверхности верхней губы',
    chapter: 'II',
    block: 'C00-C14',
  },
  { code: 'E71.0', name: 'Болезнь "кленового сиропа"', chapter: 'IV', block: 'E70-E90' },
  { code: 'R01', name: 'Сердечные шумы и другие сердечные звуки', chapter: 'XVIII', block: 'R00-R09' },
  {
    code: 'R01.0',
    name: '"Доброкачественные" и не причиняющие беспокойства сердечные шумы',
    chapter: 'XVIII',
    block: 'R00-R09',
  },
  { code: 'S02', name: 'Перелом черепа и лицевых костей', chapter: 'XIX', block: 'S00-S09' },
  { code: 'S02.6', name: 'Перелом нижней челюсти', chapter: 'XIX', block: 'S00-S09' },
  { code: 'S02.60', name: 'Перелом нижней челюсти закрытый', chapter: 'XIX', block: 'S00-S09' },
  {
    code: 'U07',
    name: 'Использование в чрезвычайных ситуациях рубрики U07',
    chapter: 'XXII',
    block: 'U00-U49',
  },
  { code: 'U07.1', name: 'COVID-19, вирус идентифицирован', chapter: 'XXII', block: 'U00-U49' },
];

describe('parseIcd10Reference', () => {
  it('reads the CSV export in UTF-8 with a BOM and CRLF: codes in force with their class and nearest block', () => {
    expect(parseIcd10Reference(fixture('nsi-mkb10.csv'), 'nsi-mkb10.csv')).toEqual(EXPECTED);
  });

  it('reads the same CSV saved in windows-1251 without a BOM', () => {
    expect(parseIcd10Reference(fixture('nsi-mkb10-windows-1251.csv'), 'nsi-mkb10-windows-1251.csv')).toEqual(
      EXPECTED,
    );
  });

  it('reads the JSON download (records with lower-case column names) and the REST form (column/value cells)', () => {
    expect(parseIcd10Reference(fixture('nsi-mkb10.json'), 'nsi-mkb10.json')).toEqual(EXPECTED);
    expect(parseIcd10Reference(fixture('nsi-mkb10-rest.json'), 'export')).toEqual(EXPECTED);
  });

  it('leaves out withdrawn rows (ACTUAL 0) and the class and block rows, whose codes are numerals and ranges', () => {
    const codes = parseIcd10Reference(fixture('nsi-mkb10.csv'), 'nsi-mkb10.csv').map((e) => e.code);
    expect(codes).not.toContain('A90');
    expect(codes.some((c) => c.includes('-') || /^[IVX]+$/.test(c))).toBe(false);
  });

  it('takes the nearest of nested blocks (C00-C14, not C00-C75 or C00-C97)', () => {
    const c000 = parseIcd10Reference(fixture('nsi-mkb10.csv'), 'f.csv').find((e) => e.code === 'C00.0');
    expect(c000?.block).toBe('C00-C14');
  });

  it('maps columns by name whatever their order and case, and treats a file without ACTUAL as all in force', () => {
    const csv = 'mkb_name;Mkb_Code;id;ID_PARENT\n"Кишечные инфекции";"A00-A09";2;1\n"Холера";"A00";3;2\n';
    expect(parseIcd10Reference(encode(csv), 'x.csv')).toEqual([
      { code: 'A00', name: 'Холера', chapter: 'I', block: 'A00-A09' },
    ]);
  });

  it('normalises codes as parseIcd10 does and keeps the first of repeated codes', () => {
    const csv =
      'ID;MKB_CODE;MKB_NAME;ID_PARENT\n1;"J00-J06";"ОРИ";\n2;"j069";"Острая инфекция";1\n3;"J06.9";"Повтор";1\n';
    expect(parseIcd10Reference(encode(csv), 'x.csv')).toEqual([
      { code: 'J06.9', name: 'Острая инфекция', chapter: 'X', block: 'J00-J06' },
    ]);
  });

  it('refuses a file without the MKB_CODE column, a malformed code and a code no block covers', () => {
    expect(() => parseIcd10Reference(encode('ID;REC_CODE;MKB_NAME\n1;01;"x"\n'), 'x.csv')).toThrow(
      /MKB_CODE/,
    );
    expect(() => parseIcd10Reference(encode('ID;MKB_CODE;MKB_NAME\n1;"A0";"x"\n'), 'x.csv')).toThrow(
      Icd10ImportError,
    );
    expect(() => parseIcd10Reference(encode('ID;MKB_CODE;MKB_NAME\n1;"A00";"Холера"\n'), 'x.csv')).toThrow(
      /no block/,
    );
  });
});
