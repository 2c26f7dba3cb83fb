import { describe, expect, it } from 'vitest';
import { CSV_SEPARATOR, csvField, renderCsv, UTF8_BOM } from './csv';

describe('csvField', () => {
  it('leaves plain text, Cyrillic included, as it is', () => {
    expect(csvField('Иванова Анна Петровна')).toBe('Иванова Анна Петровна');
    expect(csvField('')).toBe('');
  });

  it('quotes a field holding the separator, doubling nothing else', () => {
    expect(csvField('каб. 12; 3 этаж')).toBe('"каб. 12; 3 этаж"');
  });

  it('quotes a field holding quotes and doubles them', () => {
    expect(csvField('ГБУЗ «ГП № 14» "Центр"')).toBe('"ГБУЗ «ГП № 14» ""Центр"""');
  });

  it('quotes a field holding a line break', () => {
    expect(csvField('строка 1\nстрока 2')).toBe('"строка 1\nстрока 2"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
  });

  it('makes a would-be formula text with a leading apostrophe', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('+7 900')).toBe("'+7 900");
    expect(csvField('-1')).toBe("'-1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
  });
});

describe('renderCsv', () => {
  it('starts with the BOM, separates by `;` and ends every line with CRLF', () => {
    const csv = renderCsv(['Дата', 'Пациент'], [['01.12.2026', 'Петров; Иван']]);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(CSV_SEPARATOR).toBe(';');
    expect(csv).toBe(`${UTF8_BOM}Дата;Пациент\r\n01.12.2026;"Петров; Иван"\r\n`);
  });

  it('writes the header alone when there are no rows', () => {
    expect(renderCsv(['A', 'B'], [])).toBe(`${UTF8_BOM}A;B\r\n`);
  });
});
