import { randomUUID } from 'node:crypto';
import { localDate } from '@talon/core/shared';
import type { SupportScope, SupportTicket, SupportTicketRepository } from '@talon/core/support';
import { and, asc, count, desc, eq, gte, inArray, isNull, lt, ne, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbExecutor } from '../../client';
import { aadFor } from '../../crypto/encrypted-columns';
import type { FieldCipher } from '../../crypto/field-cipher';
import { NOTIFICATION_EVENTS_CHANNEL } from '../../live/notification-events';
import { accountRoles, accounts, organizations, supportTickets as t } from '../../schema';
import { hasRow } from '../../sql';

const assignee = alias(accounts, 'assignee');

type Row = { row: typeof t.$inferSelect; assigneeName: string | null };

/** Support tickets (issue 17 item 2); the subject is encrypted at rest (rule 18). */
export function createSupportTicketRepository(db: DbExecutor, cipher: FieldCipher): SupportTicketRepository {
  const toTicket = ({ row, assigneeName }: Row): SupportTicket => ({
    id: row.id,
    number: row.number,
    accountId: row.accountId,
    organizationId: row.organizationId,
    category: row.category,
    source: row.source,
    status: row.status,
    subject: cipher.decrypt(row.subjectEncrypted, aadFor(t.subjectEncrypted, row.id)),
    page: row.page,
    assigneeAccountId: row.assigneeAccountId,
    assigneeName,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    firstResponseAt: row.firstResponseAt,
    resolvedAt: row.resolvedAt,
    closedAt: row.closedAt,
  });
  const select = () =>
    db
      .select({ row: t, assigneeName: assignee.displayName })
      .from(t)
      .leftJoin(assignee, eq(assignee.id, t.assigneeAccountId));
  const inScope = (scope: SupportScope): SQL | undefined => {
    if (scope.kind === 'all') return undefined;
    if (!scope.organizationIds.length) return sql`false`;
    return inArray(t.organizationId, [...scope.organizationIds]);
  };

  return {
    async create(ticket) {
      // The id is made here: the subject's ciphertext is bound to it (docs/domain.md rule 18).
      const id = randomUUID();
      const year = localDate(ticket.at, 'Europe/Moscow').slice(0, 4);
      await db.insert(t).values({
        id,
        number: sql`${`ОБ-${year}-`} || lpad(nextval('support_ticket_number_seq')::text, 6, '0')`,
        accountId: ticket.accountId,
        organizationId: ticket.organizationId,
        category: ticket.category,
        source: ticket.source,
        subjectEncrypted: cipher.encrypt(ticket.subject, aadFor(t.subjectEncrypted, id)),
        page: ticket.page,
        createdAt: ticket.at,
        updatedAt: ticket.at,
      });
      const [row] = await select().where(eq(t.id, id));
      return toTicket(row!);
    },
    async find(id) {
      const [row] = await select().where(eq(t.id, id));
      return row ? toTicket(row) : null;
    },
    async operatorAccountIds() {
      const rows = await db
        .selectDistinct({ id: accountRoles.accountId })
        .from(accountRoles)
        .innerJoin(accounts, eq(accounts.id, accountRoles.accountId))
        .where(and(eq(accountRoles.role, 'support'), ne(accounts.status, 'blocked')))
        .orderBy(accountRoles.accountId);
      return rows.map((row) => row.id);
    },
    organizationExists: (id) => hasRow(db, organizations, eq(organizations.id, id)),
    async listForAccount(accountId) {
      const rows = await select().where(eq(t.accountId, accountId)).orderBy(desc(t.createdAt), desc(t.id));
      return rows.map(toTicket);
    },
    async search(filter) {
      const where = and(
        inScope(filter.scope),
        filter.status ? eq(t.status, filter.status) : undefined,
        filter.assigneeAccountId === null
          ? isNull(t.assigneeAccountId)
          : filter.assigneeAccountId
            ? eq(t.assigneeAccountId, filter.assigneeAccountId)
            : undefined,
      );
      const isClosed = sql`(${t.status} in ('resolved', 'closed'))`;
      const [items, [total]] = await Promise.all([
        select()
          .where(where)
          .orderBy(asc(isClosed), asc(t.createdAt), asc(t.id))
          .limit(filter.pageSize)
          .offset((filter.page - 1) * filter.pageSize),
        db.select({ n: count() }).from(t).where(where),
      ]);
      return { items: items.map(toTicket), total: total?.n ?? 0 };
    },
    async setStatus(id, change) {
      const rows = await db
        .update(t)
        .set({
          status: change.to,
          updatedAt: change.at,
          ...(change.to === 'resolved' ? { resolvedAt: change.at } : {}),
          // Reopened: the resolution time runs again until the next «Решено».
          ...(change.from === 'resolved' && change.to !== 'closed' ? { resolvedAt: null } : {}),
          closedAt: change.to === 'closed' ? change.at : null,
        })
        .where(and(eq(t.id, id), eq(t.status, change.from)))
        .returning({ id: t.id });
      return rows.length === 1;
    },
    async assign(id, assigneeAccountId, at) {
      await db.update(t).set({ assigneeAccountId, updatedAt: at }).where(eq(t.id, id));
    },
    async markFirstResponse(id, at) {
      await db
        .update(t)
        .set({ firstResponseAt: at })
        .where(and(eq(t.id, id), isNull(t.firstResponseAt)));
    },
    async timesBetween(scope, from, to) {
      return db
        .select({ createdAt: t.createdAt, firstResponseAt: t.firstResponseAt, resolvedAt: t.resolvedAt })
        .from(t)
        .where(and(inScope(scope), gte(t.createdAt, from), lt(t.createdAt, to)));
    },
    async announce(id) {
      // NOTIFY is transactional: sent at commit, never for a change rolled back.
      await db.execute(sql`
        select pg_notify(${NOTIFICATION_EVENTS_CHANNEL}, json_build_object(
          'kind', 'support.ticket', 'accountId', r.account_id, 'ticketId', ${id}::uuid)::text)
        from (
          select ${t.accountId} as account_id from ${t} where ${t.id} = ${id} and ${t.accountId} is not null
          union
          select ${t.assigneeAccountId} from ${t} where ${t.id} = ${id} and ${t.assigneeAccountId} is not null
          union
          select ${accountRoles.accountId} from ${accountRoles}
          where ${accountRoles.role} = 'support'
            and exists (select 1 from ${t} where ${t.id} = ${id} and ${t.assigneeAccountId} is null)
        ) r`);
    },
  };
}
