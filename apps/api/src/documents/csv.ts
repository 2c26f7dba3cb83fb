/**
 * CSV for spreadsheet programs as Russian users have them. Excel opens a CSV without a byte order mark in
 * the system's ANSI code page (Cyrillic comes out garbled), and in a Russian locale it splits columns at
 * `;`, since the comma is the decimal separator there. Fields follow RFC 4180 otherwise: quoted when they
 * hold the separator, a quote or a line break, quotes doubled, lines ended by CRLF.
 */
export const UTF8_BOM = '\uFEFF';
export const CSV_SEPARATOR = ';';

/** A cell starting with one of these is run as a formula by spreadsheet programs (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field: a would-be formula is made text by a leading apostrophe (OWASP), then quoted if needed. */
export function csvField(value: string): string {
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The whole file: BOM, the header line, one line per row. */
export function renderCsv(columns: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => cells.map(csvField).join(CSV_SEPARATOR);
  return `${UTF8_BOM}${[columns, ...rows].map(line).join('\r\n')}\r\n`;
}
