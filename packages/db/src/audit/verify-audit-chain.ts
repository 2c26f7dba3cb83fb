import type { AuditChainProblemKind } from '@talon/core/audit';
import { sql } from 'drizzle-orm';
import type { DbExecutor } from '../client';
import { queryRows, toDate, toDateOrNull } from '../sql';
import type { ChainHead } from './audit-chainer';
import { CHAIN_ENTRY_COLUMNS, type ChainEntry, GENESIS_HASH, linkHash } from './audit-link';
import { verifyLegacyChain } from './verify-legacy-chain';

/**
 * What the database can show wrong with the audit log (`AUDIT_PROBLEM_TEXT` of core describes each; a forged
 * checkpoint file is found by reading the files, not the database).
 */
export type AuditChainProblem = Exclude<AuditChainProblemKind, 'forged_checkpoint'>;

/** A signed checkpoint as read from outside the database (audit-checkpoints.ts). */
export interface ChainCheckpoint {
  seq: number;
  hash: string;
  writtenAt: Date;
}

export interface AuditChainReport {
  ok: boolean;
  /** Entries found intact, from the first, before any problem. */
  count: number;
  /** Of those, the entries of the older SHA-256 chain. */
  legacyCount: number;
  head: ChainHead | null;
  /** Entries not linked yet: the chainer links them within seconds, unless a transaction is still open. */
  tail: { count: number; oldestAt: Date | null };
  /** The checkpoint the chain was compared with. */
  checkpoint: ChainCheckpoint | null;
  problem: {
    kind: AuditChainProblem;
    /** The first entry (or link) that does not fit. */
    seq: number;
    /** The entry that should have come before it. */
    previousSeq: number | null;
    occurredAt: Date | null;
    action: string | null;
  } | null;
}

type LinkRow = Omit<ChainEntry, 'seq'> & {
  seq: string | null;
  link_seq: string;
  link_prev_seq: string | null;
  link_hash: string;
};

/**
 * Checks the whole audit log (issue 15 item 7): the older SHA-256 chain up to the origin of `audit_chain`,
 * then every keyed link after it against its entry (`linkHash` under `key`), that no entry below the head
 * lacks a link, and — given the last signed checkpoint — that the chain still reaches it with the same hash
 * (truncation of the newest entries, or a rewrite). Entries above the head are reported as the unchained
 * tail with the age of its oldest. Reads `batchSize` links per query, so memory stays flat.
 */
export async function verifyAuditChain(
  executor: DbExecutor,
  key: Buffer,
  options: { batchSize?: number; checkpoint?: ChainCheckpoint | null } = {},
): Promise<AuditChainReport> {
  const batchSize = options.batchSize ?? 5_000;
  const checkpoint = options.checkpoint ?? null;
  const report = (
    fields: Partial<AuditChainReport> & Pick<AuditChainReport, 'count' | 'legacyCount'>,
  ): AuditChainReport => ({
    ok: false,
    head: null,
    tail: { count: 0, oldestAt: null },
    checkpoint,
    problem: null,
    ...fields,
  });

  const [origin] = await queryRows<{ seq: string; prev_seq: string | null; hash: string }>(
    executor,
    sql`select c.seq::text as seq, c.prev_seq::text as prev_seq, c.hash from audit_chain c order by c.seq limit 1`,
  );
  if (!origin || origin.prev_seq !== null) {
    const seq = origin ? Number(origin.seq) : 0;
    return report({ count: 0, legacyCount: 0, problem: problemAt('no_origin', seq, null) });
  }
  const originSeq = Number(origin.seq);

  const legacy = await verifyLegacyChain(executor, originSeq, batchSize);
  if (!legacy.ok) {
    return report({
      count: legacy.count,
      legacyCount: legacy.count,
      problem: {
        kind: legacy.problem,
        seq: legacy.seq,
        previousSeq: legacy.previousSeq,
        occurredAt: legacy.occurredAt,
        action: legacy.action,
      },
    });
  }
  // The origin is the head of the older chain (or the genesis of an installation that never had one).
  const expectedOrigin = originSeq === 0 ? GENESIS_HASH : legacy.lastHash;
  if (legacy.lastSeq !== originSeq || origin.hash !== expectedOrigin) {
    return report({
      count: legacy.count,
      legacyCount: legacy.count,
      problem: problemAt('broken_link', originSeq, legacy.lastSeq),
    });
  }

  let previous: ChainHead = { seq: originSeq, hash: origin.hash };
  let linked = 0;
  for (;;) {
    const rows = await queryRows<LinkRow>(
      executor,
      sql`select c.seq::text as link_seq, c.prev_seq::text as link_prev_seq, c.hash as link_hash,
            ${CHAIN_ENTRY_COLUMNS}
          from audit_chain c left join audit_events e on e.seq = c.seq
          where c.seq > ${previous.seq} order by c.seq limit ${batchSize}`,
    );
    for (const row of rows) {
      const seq = Number(row.link_seq);
      const found = (kind: AuditChainProblem) =>
        report({
          count: legacy.count + linked,
          legacyCount: legacy.count,
          problem: {
            kind,
            seq,
            previousSeq: previous.seq,
            occurredAt: row.seq === null ? null : toDate(row.occurred_at),
            action: row.seq === null ? null : row.action,
          },
        });
      if (row.link_prev_seq === null || Number(row.link_prev_seq) !== previous.seq)
        return found('broken_link');
      if (row.seq === null) return found('missing_entry');
      if (linkHash(key, previous.hash, previous.seq, { ...row, seq: row.seq }) !== row.link_hash) {
        return found('hash_mismatch');
      }
      previous = { seq, hash: row.link_hash };
      linked += 1;
    }
    if (rows.length < batchSize) break;
  }
  const head = previous;
  const count = legacy.count + linked;

  const [unchained] = await queryRows<{ seq: string; occurred_at: string | Date; action: string }>(
    executor,
    sql`select e.seq::text as seq, e.occurred_at, e.action from audit_events e
        where e.seq > ${originSeq} and e.seq < ${head.seq}
          and not exists (select 1 from audit_chain c where c.seq = e.seq)
        order by e.seq limit 1`,
  );
  if (unchained) {
    return report({
      count,
      legacyCount: legacy.count,
      head,
      problem: {
        kind: 'unchained_entry',
        seq: Number(unchained.seq),
        previousSeq: null,
        occurredAt: toDate(unchained.occurred_at),
        action: unchained.action,
      },
    });
  }

  const [tail] = await queryRows<{ n: number; oldest: string | Date | null }>(
    executor,
    sql`select count(*)::int as n, min(occurred_at) as oldest from audit_events where seq > ${head.seq}`,
  );
  const tailReport = { count: tail?.n ?? 0, oldestAt: toDateOrNull(tail?.oldest) };

  if (checkpoint) {
    if (head.seq < checkpoint.seq) {
      return report({
        count,
        legacyCount: legacy.count,
        head,
        tail: tailReport,
        problem: problemAt('truncated', checkpoint.seq, head.seq),
      });
    }
    const [atCheckpoint] = await queryRows<{ hash: string }>(
      executor,
      sql`select hash from audit_chain where seq = ${checkpoint.seq}`,
    );
    if (atCheckpoint?.hash !== checkpoint.hash) {
      return report({
        count,
        legacyCount: legacy.count,
        head,
        tail: tailReport,
        problem: problemAt('checkpoint_mismatch', checkpoint.seq, null),
      });
    }
  }
  return { ok: true, count, legacyCount: legacy.count, head, tail: tailReport, checkpoint, problem: null };
}

const problemAt = (kind: AuditChainProblem, seq: number, previousSeq: number | null) => ({
  kind,
  seq,
  previousSeq,
  occurredAt: null,
  action: null,
});
