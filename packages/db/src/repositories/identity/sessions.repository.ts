import type { Session, SessionRepository } from '@talon/core/identity';
import { and, desc, eq, gt, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import type { FieldCipher } from '../../crypto/field-cipher';
import { accountRoles, accounts, sessions } from '../../schema';
import { type RoleRow, toAccount } from './accounts.repository';

type SessionRow = typeof sessions.$inferSelect;

const toSession = (row: SessionRow): Session => ({
  id: row.id,
  accountId: row.accountId,
  transport: row.transport,
  csrfToken: row.csrfToken,
  mfaPending: row.mfaPending,
  method: row.method,
  idleTimeoutSeconds: row.idleTimeoutSeconds,
  createdAt: row.createdAt,
  lastSeenAt: row.lastSeenAt,
  expiresAt: row.expiresAt,
  endedAt: row.endedAt,
  ip: row.ip,
  userAgent: row.userAgent,
});

export function createSessionRepository(db: DbExecutor, cipher: FieldCipher): SessionRepository {
  return {
    async create(session) {
      const [row] = await db
        .insert(sessions)
        .values({
          accountId: session.accountId,
          tokenHash: session.tokenHash,
          transport: session.transport,
          csrfToken: session.csrfToken,
          mfaPending: session.mfaPending,
          method: session.method,
          idleTimeoutSeconds: session.idleTimeoutSeconds,
          createdAt: session.createdAt,
          lastSeenAt: session.createdAt,
          expiresAt: session.expiresAt,
          ip: session.origin.ip,
          userAgent: session.origin.userAgent?.slice(0, 500) ?? null,
        })
        .returning();
      return toSession(row!);
    },
    async findByTokenHash(tokenHash) {
      const [row] = await db.select().from(sessions).where(eq(sessions.tokenHash, tokenHash));
      return row ? toSession(row) : null;
    },
    async findWithAccount(tokenHash) {
      const [row] = await db
        .select({
          session: sessions,
          account: accounts,
          roles: sql<RoleRow[]>`coalesce((
            select json_agg(json_build_object(
              'role', r.role, 'organizationId', r.organization_id, 'regionCode', r.region_code))
            from ${accountRoles} r where r.account_id = ${accounts.id}), '[]'::json)`,
        })
        .from(sessions)
        .innerJoin(accounts, eq(accounts.id, sessions.accountId))
        .where(eq(sessions.tokenHash, tokenHash));
      return row
        ? { session: toSession(row.session), account: toAccount(row.account, row.roles, cipher) }
        : null;
    },
    async findByIds(ids) {
      if (ids.length === 0) return [];
      const rows = await db
        .select()
        .from(sessions)
        .where(inArray(sessions.id, [...ids]));
      return rows.map(toSession);
    },
    async touch(id, at) {
      await db.update(sessions).set({ lastSeenAt: at }).where(eq(sessions.id, id));
    },
    async promote(id, change) {
      await db
        .update(sessions)
        .set({
          tokenHash: change.tokenHash,
          method: change.method,
          mfaPending: false,
          lastSeenAt: change.at,
          expiresAt: change.expiresAt,
        })
        .where(eq(sessions.id, id));
    },
    async end(id, reason, at) {
      await db
        .update(sessions)
        .set({ endedAt: at, endReason: reason })
        .where(and(eq(sessions.id, id), isNull(sessions.endedAt)));
    },
    async endAll(accountId, reason, at) {
      const rows = await db
        .update(sessions)
        .set({ endedAt: at, endReason: reason })
        .where(and(eq(sessions.accountId, accountId), isNull(sessions.endedAt)))
        .returning({ id: sessions.id });
      return rows.length;
    },
    async deviceHistory(accountId, userAgent, exceptId) {
      // Half-open sessions (a second factor never given) do not make a device known.
      const rows = await db
        .select({ sameDevice: sql<boolean>`bool_or(${sessions.userAgent} = ${userAgent})` })
        .from(sessions)
        .where(
          and(eq(sessions.accountId, accountId), ne(sessions.id, exceptId), eq(sessions.mfaPending, false)),
        )
        .groupBy(sessions.accountId);
      const [row] = rows;
      if (!row) return 'first';
      return row.sameDevice ? 'known' : 'new';
    },

    async listActive(accountId, now) {
      const rows = await db
        .select()
        .from(sessions)
        .where(and(eq(sessions.accountId, accountId), isNull(sessions.endedAt), gt(sessions.expiresAt, now)))
        .orderBy(desc(sessions.createdAt));
      // Idle sessions are dead even if nobody has ended them yet.
      return rows
        .map(toSession)
        .filter((s) => s.lastSeenAt.getTime() + s.idleTimeoutSeconds * 1000 > now.getTime());
    },
  };
}
