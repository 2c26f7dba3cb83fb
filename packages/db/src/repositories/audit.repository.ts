import type {
  AuditEntry,
  AuditEvent,
  AuditEventPage,
  AuditRepository,
  AuditSearchFilter,
} from '@talon/core/audit';
import { and, count, desc, eq, gt, gte, lt, or, type SQL, sql } from 'drizzle-orm';
import type { DbExecutor } from '../client';
import { auditEvents } from '../schema';
import type { RawRow } from '../sql';
import { queryRows, toDate } from '../sql';

/** The result of checking the hash chain; `count` is the number of entries found intact before a break. */
export type AuditChainResult =
  | { ok: true; count: number; lastSeq: number | null; lastHash: string | null }
  | {
      ok: false;
      count: number;
      /** The first entry that does not fit the chain. */
      firstBrokenSeq: number;
      occurredAt: Date;
      action: string;
      /**
       * `hash_mismatch`: the entry's fields no longer give its hash (it was altered); `broken_link`: its
       * `prev_hash` is not the previous entry's hash; `gap`: entries before it are missing (deleted).
       */
      problem: 'hash_mismatch' | 'broken_link' | 'gap';
      /** The seq that should have come before it (for a gap: the entries in between are missing). */
      previousSeq: number;
    };

export interface AuditStore extends AuditRepository {
  /**
   * Recomputes the chain in SQL, `batchSize` entries per query, so that memory stays flat however long the
   * log. Concurrent inserts are fine: the trigger assigns seqs in commit order, so any snapshot sees a prefix.
   */
  verifyChain(options?: { batchSize?: number }): Promise<AuditChainResult>;
}

const GENESIS_HASH = '0'.repeat(64);

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

function conditions(filter: AuditSearchFilter): SQL | undefined {
  const parts: (SQL | undefined)[] = [
    filter.personId
      ? or(
          eq(auditEvents.subjectPatientId, filter.personId),
          eq(auditEvents.onBehalfOfPatientId, filter.personId),
        )
      : undefined,
    filter.actorAccountId ? eq(auditEvents.actorAccountId, filter.actorAccountId) : undefined,
    filter.action ? eq(auditEvents.action, filter.action) : undefined,
    filter.from ? gte(auditEvents.occurredAt, filter.from) : undefined,
    filter.to ? lt(auditEvents.occurredAt, filter.to) : undefined,
  ];
  return and(...parts);
}

/** One entry of a batch, judged against the one before it; the numbers as text (`bigint`). */
type ChainRow = Pick<RawRow<typeof auditEvents>, 'occurred_at' | 'action' | 'hash'> & {
  /** The batch's size (`count(*) over ()`). */
  n: number;
  seq: string;
  previous_seq: string;
  problem: 'hash_mismatch' | 'broken_link' | 'gap' | null;
};

/**
 * The audit log in SQL (DESIGN rule 17). `executor` is the database or a transaction: an entry recorded in
 * a transaction is part of it. The database numbers and chains entries (migration 0003); this code only
 * inserts, searches and verifies.
 */
export function createAuditRepository(executor: DbExecutor): AuditStore {
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
          .select(columns)
          .from(auditEvents)
          .where(where)
          .orderBy(desc(auditEvents.occurredAt), desc(auditEvents.seq))
          .limit(filter.pageSize)
          .offset((filter.page - 1) * filter.pageSize),
        executor.select({ n: count() }).from(auditEvents).where(where),
      ]);
      return {
        items: items.map((row): AuditEvent => ({ ...row, details: row.details ?? null })),
        total: total?.n ?? 0,
        page: filter.page,
        pageSize: filter.pageSize,
      };
    },

    async verifyChain(options = {}): Promise<AuditChainResult> {
      const batchSize = options.batchSize ?? 10_000;
      let checked = 0;
      let lastSeq = 0;
      let lastHash = GENESIS_HASH;
      for (;;) {
        // One batch: each entry against the one before it (the previous batch's last for the first row).
        // Returned: the first broken entry if any, else the batch's last entry; `n` is the batch size.
        const [row] = await queryRows<ChainRow>(
          executor,
          sql`
          with batch as (
            select e.seq, e.occurred_at, e.action, e.hash, e.prev_hash, audit_event_hash(e) as computed
            from audit_events e
            where e.seq > ${lastSeq}
            order by e.seq
            limit ${batchSize}
          ),
          linked as (
            select *,
              count(*) over () as n,
              coalesce(lag(seq) over (order by seq), ${lastSeq}) as previous_seq,
              coalesce(lag(hash) over (order by seq), ${lastHash}) as previous_hash
            from batch
          ),
          judged as (
            select *,
              case
                when seq <> previous_seq + 1 then 'gap'
                when prev_hash <> previous_hash then 'broken_link'
                when hash <> computed then 'hash_mismatch'
              end as problem
            from linked
          )
          select n::int as n, seq::text as seq, occurred_at, action, hash, previous_seq::text as previous_seq,
            problem
          from judged
          order by (problem is null), case when problem is not null then judged.seq end, judged.seq desc
          limit 1`,
        );
        if (!row)
          return { ok: true, count: checked, lastSeq: lastSeq || null, lastHash: checked ? lastHash : null };
        if (row.problem) {
          const seq = Number(row.seq);
          return {
            ok: false,
            count: checked + (await countBefore(executor, lastSeq, seq)),
            firstBrokenSeq: seq,
            occurredAt: toDate(row.occurred_at),
            action: row.action,
            problem: row.problem,
            previousSeq: Number(row.previous_seq),
          };
        }
        checked += row.n;
        lastSeq = Number(row.seq);
        lastHash = row.hash;
        if (row.n < batchSize) return { ok: true, count: checked, lastSeq, lastHash };
      }
    },
  };
}

/** Entries after `afterSeq` and before `seq` (the intact part of the batch that holds the break). */
async function countBefore(executor: DbExecutor, afterSeq: number, seq: number): Promise<number> {
  const [row] = await executor
    .select({ n: count() })
    .from(auditEvents)
    .where(and(gt(auditEvents.seq, afterSeq), lt(auditEvents.seq, seq)));
  return row?.n ?? 0;
}
