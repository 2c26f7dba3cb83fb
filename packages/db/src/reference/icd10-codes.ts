import { normalizeForSearch } from '@talon/core/identifiers';
import { eq, sql } from 'drizzle-orm';
import type { Database, DbExecutor } from '../client';
import { icd10Codes } from '../schema';
import { ICD10 } from './clinical';
import type { Icd10Entry } from './clinical/clinical-entries';

/** Rows per insert statement: 5 parameters a row, well under PostgreSQL's 65 535. */
const CHUNK = 2_000;

const rowOf = (entry: Icd10Entry, source: 'talon' | 'nsi') => ({
  code: entry.code,
  name: entry.name,
  chapter: entry.chapter,
  block: entry.block,
  // Lower case, ё → е, with the everyday terms doctors type («ОРВИ», «ГБ»).
  searchText: normalizeForSearch([entry.code, entry.name, ...(entry.searchTerms ?? [])].join(' ')),
  source,
});

/**
 * At migrate time: the shipped outpatient list (`reference/clinical/icd10.json`) into `icd10_codes`, unless
 * the official list was imported (`npm run icd10:import`), which is then left as it is.
 */
export async function syncIcd10Codes(db: Database): Promise<void> {
  const [imported] = await db
    .select({ code: icd10Codes.code })
    .from(icd10Codes)
    .where(eq(icd10Codes.source, 'nsi'))
    .limit(1);
  if (imported) return;
  for (let start = 0; start < ICD10.length; start += CHUNK) {
    await db
      .insert(icd10Codes)
      .values(ICD10.slice(start, start + CHUNK).map((entry) => rowOf(entry, 'talon')))
      .onConflictDoUpdate({
        target: icd10Codes.code,
        set: {
          name: sql`excluded.name`,
          chapter: sql`excluded.chapter`,
          block: sql`excluded.block`,
          searchText: sql`excluded.search_text`,
        },
      });
  }
}

/** `npm run icd10:import`: the table's content replaced by the official list, in one transaction. */
export async function replaceIcd10Codes(db: Database, entries: readonly Icd10Entry[]): Promise<number> {
  return db.transaction(async (tx: DbExecutor) => {
    await tx.delete(icd10Codes);
    for (let start = 0; start < entries.length; start += CHUNK) {
      await tx
        .insert(icd10Codes)
        .values(entries.slice(start, start + CHUNK).map((entry) => rowOf(entry, 'nsi')));
    }
    return entries.length;
  });
}
