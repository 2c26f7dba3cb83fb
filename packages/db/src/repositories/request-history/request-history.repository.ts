import type { RequestHistoryRepository } from '@talon/core/request-history';
import { type SQL, sql } from 'drizzle-orm';
import type { Database, DbExecutor } from '../../client';
import { aadFor } from '../../crypto/encrypted-columns';
import type { FieldCipher } from '../../crypto/field-cipher';
import { queryRows, toDate } from '../../sql';
import { REQUEST_HISTORY_SOURCES } from './request-history.sources';

interface HistoryRow {
  type: string;
  id: string;
  number: string | null;
  status: string;
  created_at: Date | string;
  updated_at: Date | string;
  comment: string | null;
  organization: string | null;
}

/**
 * «История обращений» as one read model: a UNION ALL of every source's select for the patient (the sources
 * wanted, `request-history.sources.ts`), filtered and paged on the server, newest first.
 */
export function createRequestHistoryRepository(
  db: DbExecutor,
  cipher: FieldCipher,
): RequestHistoryRepository {
  return {
    async list(patientId, filter) {
      const sources = REQUEST_HISTORY_SOURCES.filter(
        (source) => !filter.types || filter.types.includes(source.type),
      );
      if (!sources.length) return [];
      const union = sql.join(
        sources.map((source) => sql`(${source.select(patientId)})`),
        sql` union all `,
      );
      const conditions: SQL[] = [sql`true`];
      if (filter.status) conditions.push(sql`h.status = ${filter.status}`);
      if (filter.from) conditions.push(sql`h.created_at >= ${filter.from.toISOString()}::timestamptz`);
      if (filter.to) conditions.push(sql`h.created_at < ${filter.to.toISOString()}::timestamptz`);
      if (filter.after) {
        conditions.push(
          sql`(h.created_at, h.id) < (${filter.after.createdAt.toISOString()}::timestamptz, ${filter.after.id}::uuid)`,
        );
      }
      const rows = await queryRows<HistoryRow>(
        db as Pick<Database, 'execute'>,
        sql`select * from (${union}) as h where ${sql.join(conditions, sql` and `)}
            order by h.created_at desc, h.id desc limit ${filter.limit}`,
      );
      return rows.map((row) => {
        const source = REQUEST_HISTORY_SOURCES.find((candidate) => candidate.type === row.type)!;
        return {
          type: source.type,
          id: row.id,
          number: row.number,
          status: row.status,
          createdAt: toDate(row.created_at),
          updatedAt: toDate(row.updated_at),
          // A sealed comment is opened; a clear one (a certificate's purpose or refusal) is read as it is.
          comment:
            row.comment && source.commentColumn
              ? cipher.decrypt(row.comment, aadFor(source.commentColumn, row.id))
              : row.comment,
          organizationName: row.organization,
        };
      });
    },
  };
}

/** The history's read: one statement, no transaction needed. */
export const createRequestHistoryReader = (db: Database, cipher: FieldCipher) => ({
  read: <T>(work: (repository: RequestHistoryRepository) => Promise<T>) =>
    work(createRequestHistoryRepository(db, cipher)),
});
