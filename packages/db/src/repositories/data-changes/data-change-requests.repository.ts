import { randomUUID } from 'node:crypto';
import type {
  DataChangeRepository,
  DataChangeRequest,
  DataChangeScope,
  DataChangeStatus,
} from '@talon/core/data-changes';
import { localDate } from '@talon/core/shared';
import { and, asc, count, desc, eq, inArray, isNull, lt, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { DbExecutor } from '../../client';
import { aadFor } from '../../crypto/encrypted-columns';
import type { FieldCipher } from '../../crypto/field-cipher';
import { patients, dataChangeRequests as t } from '../../schema';

const OPEN: DataChangeStatus[] = ['in_progress', 'approved'];

/**
 * The request's scans, oldest first, as a JSON array (read alike by PGlite and node-postgres). The names are
 * spelled out: inside a select's field Drizzle leaves columns unqualified, and `id` would be the file's own.
 */
const attachmentIds = sql<string[]>`(
  select coalesce(json_agg(f.id order by f.attached_at, f.id), '[]'::json)
  from stored_files f
  where f.attached_to_type = 'data_change_request' and f.attached_to_id = "data_change_requests"."id"
)`;

const columns = {
  row: t,
  attachmentIds,
};

type Selected = { row: typeof t.$inferSelect; attachmentIds: string[] | string };

/** Data-change requests (issue 11 item 5); the new value, reason and comment are encrypted at rest (rule 18). */
export function createDataChangeRepository(db: DbExecutor, cipher: FieldCipher): DataChangeRepository {
  const open = (value: string, column: PgColumn, id: string) => cipher.decrypt(value, aadFor(column, id));
  const toRequest = ({ row, attachmentIds: ids }: Selected): DataChangeRequest => ({
    id: row.id,
    number: row.number,
    patientId: row.patientId,
    accountId: row.accountId,
    category: row.category,
    status: row.status,
    newValue: open(row.newValueEncrypted, t.newValueEncrypted, row.id),
    reason: open(row.reasonEncrypted, t.reasonEncrypted, row.id),
    comment: row.commentEncrypted ? open(row.commentEncrypted, t.commentEncrypted, row.id) : null,
    attachmentIds: typeof ids === 'string' ? (JSON.parse(ids) as string[]) : ids,
    confirmedAt: row.confirmedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    dueAt: row.dueAt,
    decidedAt: row.decidedAt,
    appliedAt: row.appliedAt,
  });
  /** Staff of some clinics: requests of patients attached to them (none when they have no clinic). */
  const inScope = (scope: DataChangeScope): SQL | undefined => {
    if (scope.kind === 'all') return undefined;
    if (!scope.organizationIds.length) return sql`false`;
    return inArray(
      t.patientId,
      db
        .select({ id: patients.id })
        .from(patients)
        .where(inArray(patients.attachedOrganizationId, [...scope.organizationIds])),
    );
  };
  const select = () => db.select(columns).from(t);

  return {
    async create(request) {
      // The id is made here: the ciphertexts are bound to it (docs/domain.md rule 18).
      const id = randomUUID();
      const year = localDate(request.at, 'Europe/Moscow').slice(0, 4);
      await db.insert(t).values({
        id,
        number: sql`${`ИЗМ-${year}-`} || lpad(nextval('data_change_request_number_seq')::text, 6, '0')`,
        patientId: request.patientId,
        accountId: request.accountId,
        category: request.category,
        newValueEncrypted: cipher.encrypt(request.newValue, aadFor(t.newValueEncrypted, id)),
        reasonEncrypted: cipher.encrypt(request.reason, aadFor(t.reasonEncrypted, id)),
        dueAt: request.dueAt,
        createdAt: request.at,
        updatedAt: request.at,
      });
      const [row] = await select().where(eq(t.id, id));
      return toRequest(row!);
    },
    async listForPatient(patientId) {
      const rows = await select().where(eq(t.patientId, patientId)).orderBy(desc(t.createdAt), desc(t.id));
      return rows.map(toRequest);
    },
    async findForPatient(id, patientId) {
      const [row] = await select().where(and(eq(t.id, id), eq(t.patientId, patientId)));
      return row ? toRequest(row) : null;
    },
    async findInScope(id, scope) {
      const [row] = await select().where(and(eq(t.id, id), inScope(scope)));
      return row ? toRequest(row) : null;
    },
    async search(filter) {
      const where = and(
        inScope(filter.scope),
        filter.status ? eq(t.status, filter.status) : undefined,
        filter.overdueAt ? and(inArray(t.status, OPEN), lt(t.dueAt, filter.overdueAt)) : undefined,
      );
      const isOverdue = sql`(${t.status} in ('in_progress', 'approved') and ${t.dueAt} < ${filter.now})`;
      const [items, [total]] = await Promise.all([
        select()
          .where(where)
          .orderBy(desc(isOverdue), asc(t.dueAt), asc(t.id))
          .limit(filter.pageSize)
          .offset((filter.page - 1) * filter.pageSize),
        db.select({ n: count() }).from(t).where(where),
      ]);
      return { items: items.map(toRequest), total: total?.n ?? 0 };
    },
    async setStatus(id, change) {
      const decided = change.from === 'in_progress';
      const rows = await db
        .update(t)
        .set({
          status: change.to,
          updatedAt: change.at,
          ...(decided
            ? {
                decidedAt: change.at,
                decidedByAccountId: change.decidedByAccountId ?? null,
                commentEncrypted: change.comment
                  ? cipher.encrypt(change.comment, aadFor(t.commentEncrypted, id))
                  : null,
              }
            : {}),
          ...(change.to === 'applied' ? { appliedAt: change.at } : {}),
        })
        .where(and(eq(t.id, id), eq(t.status, change.from)))
        .returning({ id: t.id });
      return rows.length === 1;
    },
    async setConfirmed(id, at) {
      const rows = await db
        .update(t)
        .set({ confirmedAt: at, updatedAt: at })
        .where(and(eq(t.id, id), isNull(t.confirmedAt), inArray(t.status, OPEN)))
        .returning({ id: t.id });
      return rows.length === 1;
    },
  };
}
