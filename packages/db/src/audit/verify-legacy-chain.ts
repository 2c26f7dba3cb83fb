import { and, count, gt, lt, sql } from 'drizzle-orm';
import type { DbExecutor } from '../client';
import { auditEvents } from '../schema';
import type { RawRow } from '../sql';
import { queryRows, toDate } from '../sql';
import { GENESIS_HASH } from './audit-link';

/** The older SHA-256 chain up to the switch-over: intact, or its first broken entry. */
export type LegacyChainResult =
  | { ok: true; count: number; lastSeq: number; lastHash: string }
  | {
      ok: false;
      count: number;
      seq: number;
      occurredAt: Date;
      action: string;
      problem: 'hash_mismatch' | 'broken_link' | 'gap';
      previousSeq: number;
    };

/** One entry of a batch, judged against the one before it; the numbers as text (`bigint`). */
type LegacyRow = Pick<RawRow<typeof auditEvents>, 'occurred_at' | 'action' | 'hash'> & {
  /** The batch's size (`count(*) over ()`). */
  n: number;
  seq: string;
  previous_seq: string;
  problem: 'hash_mismatch' | 'broken_link' | 'gap' | null;
};

/**
 * Recomputes the SHA-256 chain of the entries written before the keyed chain (migration 0003's
 * `audit_event_hash`, gapless numbers), up to `upTo` — the origin of `audit_chain` — in SQL, `batchSize`
 * entries per query, so memory stays flat however long the log.
 */
export async function verifyLegacyChain(
  executor: DbExecutor,
  upTo: number,
  batchSize: number,
): Promise<LegacyChainResult> {
  let checked = 0;
  let lastSeq = 0;
  let lastHash = GENESIS_HASH;
  for (;;) {
    // One batch: each entry against the one before it (the previous batch's last for the first row).
    // Returned: the first broken entry if any, else the batch's last entry; `n` is the batch size.
    const [row] = await queryRows<LegacyRow>(
      executor,
      sql`
      with batch as (
        select e.seq, e.occurred_at, e.action, e.hash, e.prev_hash, audit_event_hash(e) as computed
        from audit_events e
        where e.seq > ${lastSeq} and e.seq <= ${upTo}
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
            when prev_hash is distinct from previous_hash then 'broken_link'
            when hash is distinct from computed then 'hash_mismatch'
          end as problem
        from linked
      )
      select n::int as n, seq::text as seq, occurred_at, action, hash, previous_seq::text as previous_seq,
        problem
      from judged
      order by (problem is null), case when problem is not null then judged.seq end, judged.seq desc
      limit 1`,
    );
    if (!row) return { ok: true, count: checked, lastSeq, lastHash };
    if (row.problem) {
      const seq = Number(row.seq);
      return {
        ok: false,
        count: checked + (await countBetween(executor, lastSeq, seq)),
        seq,
        occurredAt: toDate(row.occurred_at),
        action: row.action,
        problem: row.problem,
        previousSeq: Number(row.previous_seq),
      };
    }
    checked += row.n;
    lastSeq = Number(row.seq);
    lastHash = row.hash ?? '';
    if (row.n < batchSize) return { ok: true, count: checked, lastSeq, lastHash };
  }
}

/** Entries after `afterSeq` and before `seq` (the intact part of the batch that holds the break). */
async function countBetween(executor: DbExecutor, afterSeq: number, seq: number): Promise<number> {
  const [row] = await executor
    .select({ n: count() })
    .from(auditEvents)
    .where(and(gt(auditEvents.seq, afterSeq), lt(auditEvents.seq, seq)));
  return row?.n ?? 0;
}
