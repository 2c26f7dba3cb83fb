import { parseIcd10 } from '@talon/core/identifiers';
import type { Icd10Chapter, Icd10Entry } from './clinical-entries';
import { chapterOfCode, isIcd10Chapter, isInIcd10Range, parseIcd10Range } from './icd10-chapters';
import { NsiExportError, type NsiRow, readNsiExport } from './nsi-export';

/**
 * Converting the full МКБ-10 reference published by Минздрав России in the НСИ (OID 1.2.643.5.1.13.13.11.1005)
 * into the entries of `icd10.json`. The export has one row per class, block and code: `ID`, `REC_CODE` (a
 * hierarchical sort key such as `0101A000`, not the code), `MKB_CODE` (the class's roman numeral, a block's
 * range `A00-A09`, or the code `A00.0`), `MKB_NAME`, `ID_PARENT`, `ADDL_CODE` and `ACTUAL` (1 for rows in
 * force, 0 for withdrawn ones).
 */

export class Icd10ImportError extends NsiExportError {
  override name = 'Icd10ImportError';
}

const COLUMNS = {
  id: 'id',
  parent: 'id_parent',
  code: 'mkb_code',
  name: 'mkb_name',
  actual: 'actual',
} as const;

/** `ACTUAL` is 1/0 in CSV and may be a boolean or "true" in JSON; a file without the column is all in force. */
const isActual = (value: string | undefined): boolean =>
  value === undefined || value === '' || !['0', 'false', 'нет'].includes(value.toLowerCase());

interface Node {
  readonly parent: string;
  readonly code: string;
}

function requireColumns(rows: readonly NsiRow[]): void {
  const first = rows[0];
  if (!first) throw new Icd10ImportError('the file has no rows');
  for (const column of [COLUMNS.code, COLUMNS.name]) {
    if (!(column in first)) {
      throw new Icd10ImportError(
        `column ${column.toUpperCase()} is missing (found: ${Object.keys(first).join(', ')})`,
      );
    }
  }
}

const normalizedCode = (row: NsiRow): string => (row[COLUMNS.code] ?? '').replace(/\s+/g, '').toUpperCase();

/**
 * Nearest class and block above a row, following ID_PARENT through categories (a subcategory's parent is its
 * three-character category, whose parent is the block). The guard stops on a cyclic file.
 */
function ancestors(parentId: string, nodes: ReadonlyMap<string, Node>): { chapter?: string; block?: string } {
  const found: { chapter?: string; block?: string } = {};
  const seen = new Set<string>();
  for (let id = parentId; id && !seen.has(id); ) {
    seen.add(id);
    const node = nodes.get(id);
    if (!node) break;
    if (!found.block && parseIcd10Range(node.code)) found.block = node.code;
    if (isIcd10Chapter(node.code)) {
      found.chapter = node.code;
      break;
    }
    id = node.parent;
  }
  return found;
}

/** Narrowest range among the file's blocks that holds the code; used when ID_PARENT does not lead to one. */
function narrowestBlock(code: string, blocks: readonly string[]): string | undefined {
  let best: { code: string; width: number } | undefined;
  for (const block of blocks) {
    const range = parseIcd10Range(block);
    if (!range || !isInIcd10Range(code, range)) continue;
    const width =
      (range.to.charCodeAt(0) - range.from.charCodeAt(0)) * 100 +
      Number(range.to.slice(1)) -
      Number(range.from.slice(1));
    if (!best || width < best.width) best = { code: block, width };
  }
  return best?.code;
}

/**
 * Parses an НСИ export of МКБ-10 (CSV or JSON, see `readNsiExport`) into entries sorted by code. Rows not in
 * force and the class and block rows are left out; each code gets its class and its nearest block. Codes keep
 * the two-digit subdivisions of the Russian edition (`S02.60`); a code that appears twice keeps its first row.
 */
export function parseIcd10Reference(bytes: Uint8Array, filename: string): Icd10Entry[] {
  const allRows = readNsiExport(bytes, filename);
  requireColumns(allRows);
  // The hierarchy is walked over every row: a code in force may hang under a withdrawn category.
  const nodes = new Map<string, Node>();
  for (const row of allRows) {
    const id = row[COLUMNS.id];
    if (id) nodes.set(id, { parent: row[COLUMNS.parent] ?? '', code: normalizedCode(row) });
  }
  const rows = allRows.filter((row) => isActual(row[COLUMNS.actual]));
  const blocks = rows.map(normalizedCode).filter((code) => parseIcd10Range(code));
  const codeRows = rows.filter((row) => {
    const code = normalizedCode(row);
    return code !== '' && !isIcd10Chapter(code) && !parseIcd10Range(code);
  });
  const entries = new Map<string, Icd10Entry>();
  for (const row of codeRows) {
    const raw = row[COLUMNS.code] ?? '';
    const parsed = parseIcd10(raw);
    if (!parsed.ok)
      throw new Icd10ImportError(`row ${row[COLUMNS.id] ?? '?'}: "${raw}" is not an МКБ-10 code`);
    const code = parsed.value;
    if (entries.has(code)) continue;
    const name = (row[COLUMNS.name] ?? '').replace(/\s+/g, ' ').trim();
    if (!name) throw new Icd10ImportError(`code ${code}: MKB_NAME is empty`);
    const above = ancestors(row[COLUMNS.parent] ?? '', nodes);
    const chapter = (above.chapter as Icd10Chapter | undefined) ?? chapterOfCode(code);
    const block = above.block ?? narrowestBlock(code, blocks);
    if (!chapter) throw new Icd10ImportError(`code ${code}: no МКБ-10 class covers it`);
    if (!block) throw new Icd10ImportError(`code ${code}: the file has no block (range row) that covers it`);
    entries.set(code, { code, name, chapter, block });
  }
  return [...entries.values()].sort((a, b) => compareIcd10Codes(a.code, b.code));
}

/** Orders codes as the classification does: `A09` before `A09.0` before `A15`. */
export const compareIcd10Codes = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
