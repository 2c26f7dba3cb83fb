/**
 * Reading a reference exported from the Минздрав НСИ portal (nsi.rosminzdrav.ru) into plain rows keyed by
 * lower-cased column name. The portal offers CSV (`;`-separated, quoted, in UTF-8 with or without a BOM or in
 * windows-1251) and JSON (an array of records, or its REST form `{ list: [[{ column, value }, …], …] }`).
 */

export class NsiExportError extends Error {
  override name = 'NsiExportError';
}

export type NsiRow = Readonly<Record<string, string>>;

/** Decodes the bytes: a BOM decides; without one, valid UTF-8 is UTF-8 and anything else windows-1251. */
export function decodeNsiText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Older exports and files re-saved in Excel on Russian Windows are windows-1251 without a BOM.
    return new TextDecoder('windows-1251').decode(bytes);
  }
}

/** Splits `;`-separated text into records: quoted fields may hold `;`, line breaks and `""` for a quote. */
export function parseSemicolonCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        field += ch;
      }
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ';') {
      record.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else {
      field += ch;
    }
  }
  if (quoted) throw new NsiExportError('CSV: a quoted field is not closed before the end of the file');
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records.filter((r) => r.some((value) => value.trim() !== ''));
}

const columnKey = (name: string): string => name.trim().toLowerCase();

function csvRows(text: string): NsiRow[] {
  const [header, ...records] = parseSemicolonCsv(text);
  if (!header) throw new NsiExportError('CSV: the file is empty');
  const keys = header.map(columnKey);
  return records.map((record, index) => {
    if (record.length > keys.length) {
      throw new NsiExportError(
        `CSV: line ${index + 2} has ${record.length} fields, the header ${keys.length}`,
      );
    }
    return Object.fromEntries(keys.map((key, i) => [key, (record[i] ?? '').trim()]));
  });
}

const scalar = (value: unknown): string =>
  value === null || value === undefined ? '' : typeof value === 'object' ? '' : String(value).trim();

function jsonRow(item: unknown, index: number): NsiRow {
  // The REST form: one record is an array of { column, value } cells.
  if (Array.isArray(item)) {
    return Object.fromEntries(
      item.map((cell: unknown) => {
        const { column, value } = (cell ?? {}) as { column?: unknown; value?: unknown };
        if (typeof column !== 'string')
          throw new NsiExportError(`JSON: record ${index + 1} has a cell without a column`);
        return [columnKey(column), scalar(value)];
      }),
    );
  }
  if (item && typeof item === 'object') {
    return Object.fromEntries(Object.entries(item).map(([key, value]) => [columnKey(key), scalar(value)]));
  }
  throw new NsiExportError(`JSON: record ${index + 1} is neither an object nor a list of cells`);
}

function jsonRecords(data: unknown): unknown[] {
  if (Array.isArray(data)) return data;
  if (data && typeof data === 'object') {
    // `list` in the REST answer, `records`/`data`/`rows` in downloaded files; take the first array found.
    const array = Object.values(data).find(Array.isArray);
    if (array) return array;
  }
  throw new NsiExportError('JSON: no list of records found');
}

/** Reads an export by its file name's extension, or by its first character when the extension says nothing. */
export function readNsiExport(bytes: Uint8Array, filename: string): NsiRow[] {
  const text = decodeNsiText(bytes);
  const extension = /\.([a-z0-9]+)$/i.exec(filename)?.[1]?.toLowerCase();
  const isJson = extension === 'json' || (extension !== 'csv' && /^\s*[[{]/.test(text));
  if (!isJson) return csvRows(text);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new NsiExportError(`JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  return jsonRecords(data).map(jsonRow);
}
