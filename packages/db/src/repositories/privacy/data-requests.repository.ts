import { randomUUID } from 'node:crypto';
import type {
  DataRequest,
  DataRequestRepository,
  DataRequestScope,
  DataRequestSummary,
} from '@talon/core/privacy';
import { and, count, desc, eq, inArray, lt, type SQL, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import { aadFor } from '../../crypto/encrypted-columns';
import type { FieldCipher } from '../../crypto/field-cipher';
import { dataRequests, patients } from '../../schema';

type Row = typeof dataRequests.$inferSelect;

const summary = {
  id: dataRequests.id,
  patientId: dataRequests.patientId,
  kind: dataRequests.kind,
  status: dataRequests.status,
  createdAt: dataRequests.createdAt,
  dueAt: dataRequests.dueAt,
  closedAt: dataRequests.closedAt,
};

/** Data-subject requests (docs/domain.md rule 19); the free-text details are encrypted at rest. */
export function createDataRequestRepository(db: DbExecutor, cipher: FieldCipher): DataRequestRepository {
  /** A clinic admin's scope: requests of patients attached to their clinics (none when they have none). */
  const inScope = (scope: DataRequestScope): SQL | undefined => {
    if (scope.kind === 'all') return undefined;
    if (!scope.organizationIds.length) return sql`false`;
    return inArray(
      dataRequests.patientId,
      db
        .select({ id: patients.id })
        .from(patients)
        .where(inArray(patients.attachedOrganizationId, [...scope.organizationIds])),
    );
  };
  const toRequest = (row: Row): DataRequest => ({
    id: row.id,
    patientId: row.patientId,
    kind: row.kind,
    status: row.status,
    details: row.detailsEncrypted
      ? cipher.decrypt(row.detailsEncrypted, aadFor(dataRequests.detailsEncrypted, row.id))
      : null,
    createdAt: row.createdAt,
    dueAt: row.dueAt,
    closedAt: row.closedAt,
  });
  return {
    async create(request) {
      // The id is made here: the details' ciphertext is bound to it (docs/domain.md rule 18).
      const id = randomUUID();
      const [row] = await db
        .insert(dataRequests)
        .values({
          id,
          patientId: request.patientId,
          accountId: request.accountId,
          kind: request.kind,
          detailsEncrypted: request.details
            ? cipher.encrypt(request.details, aadFor(dataRequests.detailsEncrypted, id))
            : null,
          dueAt: request.dueAt,
          createdAt: request.at,
          updatedAt: request.at,
        })
        .returning();
      return toRequest(row!);
    },
    async listForPatient(patientId) {
      const rows = await db
        .select()
        .from(dataRequests)
        .where(eq(dataRequests.patientId, patientId))
        .orderBy(desc(dataRequests.createdAt), desc(dataRequests.id));
      return rows.map(toRequest);
    },
    async search(filter) {
      const where = and(
        inScope(filter.scope),
        filter.status ? eq(dataRequests.status, filter.status) : undefined,
        filter.overdueAt
          ? and(
              inArray(dataRequests.status, ['received', 'in_progress']),
              lt(dataRequests.dueAt, filter.overdueAt),
            )
          : undefined,
      );
      const [items, [total]] = await Promise.all([
        db
          .select(summary)
          .from(dataRequests)
          .where(where)
          .orderBy(desc(dataRequests.dueAt), desc(dataRequests.id))
          .limit(filter.pageSize)
          .offset((filter.page - 1) * filter.pageSize),
        db.select({ n: count() }).from(dataRequests).where(where),
      ]);
      return { items: items as DataRequestSummary[], total: total?.n ?? 0 };
    },
    async findInScope(id, scope) {
      const [row] = await db
        .select(summary)
        .from(dataRequests)
        .where(and(eq(dataRequests.id, id), inScope(scope)));
      return row ?? null;
    },
    async setStatus(id, change) {
      const rows = await db
        .update(dataRequests)
        .set({ status: change.to, closedAt: change.closedAt, updatedAt: change.at })
        .where(and(eq(dataRequests.id, id), eq(dataRequests.status, change.from)))
        .returning({ id: dataRequests.id });
      return rows.length === 1;
    },
  };
}
