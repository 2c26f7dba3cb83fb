import type {
  AuditEntry,
  AuditEventPage,
  AuditRepository,
  AuditSearchFilter,
  ListedAuditEvent,
} from '@talon/core/audit';
import { and, count, desc, eq, gte, inArray, lt, or, type SQL, sql } from 'drizzle-orm';
import type { DbExecutor } from '../client';
import { accountRoles, accounts, auditEvents } from '../schema';

const columns = {
  seq: auditEvents.seq,
  occurredAt: auditEvents.occurredAt,
  actorAccountId: auditEvents.actorAccountId,
  actorRole: auditEvents.actorRole,
  onBehalfOfPatientId: auditEvents.onBehalfOfPatientId,
  subjectPatientId: auditEvents.subjectPatientId,
  action: auditEvents.action,
  recordType: auditEvents.recordType,
  recordId: auditEvents.recordId,
  outcome: auditEvents.outcome,
  reason: auditEvents.reason,
  ip: auditEvents.ip,
  userAgent: auditEvents.userAgent,
  details: auditEvents.details,
};

/**
 * A clinic admin's scope: entries whose actor holds any role at one of the clinics (an empty list: none).
 * A subquery, so an actor with roles at two clinics is not counted twice.
 */
function actorAtClinics(organizationIds: readonly string[]): SQL {
  if (organizationIds.length === 0) return sql`false`;
  return inArray(
    auditEvents.actorAccountId,
    sql`(select ${accountRoles.accountId} from ${accountRoles} where ${inArray(accountRoles.organizationId, [...organizationIds])})`,
  );
}

function conditions(filter: AuditSearchFilter): SQL | undefined {
  const parts: (SQL | undefined)[] = [
    filter.personId
      ? or(
          eq(auditEvents.subjectPatientId, filter.personId),
          eq(auditEvents.onBehalfOfPatientId, filter.personId),
        )
      : undefined,
    filter.actorAccountId ? eq(auditEvents.actorAccountId, filter.actorAccountId) : undefined,
    filter.actorOrganizationIds ? actorAtClinics(filter.actorOrganizationIds) : undefined,
    filter.action ? eq(auditEvents.action, filter.action) : undefined,
    filter.from ? gte(auditEvents.occurredAt, filter.from) : undefined,
    filter.to ? lt(auditEvents.occurredAt, filter.to) : undefined,
  ];
  return and(...parts);
}

/**
 * The audit log in SQL (docs/domain.md rule 17). `executor` is the database or a transaction: an entry recorded in
 * a transaction is part of it. The insert takes a number from a sequence and nothing else (no lock: no
 * audited write waits for another's); the worker's chainer links committed entries afterwards
 * (packages/db/src/audit). This code only inserts and searches.
 */
export function createAuditRepository(executor: DbExecutor): AuditRepository {
  return {
    async record(entry: AuditEntry) {
      await executor.insert(auditEvents).values({
        action: entry.action,
        outcome: entry.outcome,
        actorAccountId: entry.actorAccountId ?? null,
        actorRole: entry.actorRole ?? null,
        onBehalfOfPatientId: entry.onBehalfOfPatientId ?? null,
        subjectPatientId: entry.subjectPatientId ?? null,
        recordType: entry.recordType ?? null,
        recordId: entry.recordId ?? null,
        reason: entry.reason ?? null,
        ip: entry.ip ?? null,
        userAgent: entry.userAgent ?? null,
        details: entry.details ?? null,
        ...(entry.occurredAt ? { occurredAt: entry.occurredAt } : {}),
      });
    },

    async search(filter: AuditSearchFilter): Promise<AuditEventPage> {
      const where = conditions(filter);
      const [items, [total]] = await Promise.all([
        executor
          .select({ ...columns, actorName: accounts.displayName })
          .from(auditEvents)
          .leftJoin(accounts, eq(accounts.id, auditEvents.actorAccountId))
          .where(where)
          .orderBy(desc(auditEvents.occurredAt), desc(auditEvents.seq))
          .limit(filter.pageSize)
          .offset((filter.page - 1) * filter.pageSize),
        executor.select({ n: count() }).from(auditEvents).where(where),
      ]);
      return {
        items: items.map((row): ListedAuditEvent => ({ ...row, details: row.details ?? null })),
        total: total?.n ?? 0,
        page: filter.page,
        pageSize: filter.pageSize,
      };
    },
  };
}
