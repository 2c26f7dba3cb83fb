import { sql } from 'drizzle-orm';
import type { Database } from '../client';
import { auditChain } from '../schema';
import { queryRows } from '../sql';
import { CHAIN_ENTRY_COLUMNS, type ChainEntry, linkHash } from './audit-link';

/** Only chainers take it (one at a time among several workers); no request ever waits on it. */
const CHAINER_LOCK = 7375002;

/** The newest link of the chain. */
export interface ChainHead {
  seq: number;
  hash: string;
}

/**
 * What the chainer saw at one moment: every number up to `upTo` had been handed out, and every transaction
 * that could hold one had an id below `xmax`.
 */
interface Observation {
  upTo: number;
  xmax: string;
}

export interface AuditChainer {
  /**
   * One step of the worker's loop: links the entries settled since the previous step, then looks again.
   * Returns how many entries it linked.
   */
  tick(): Promise<number>;
  /**
   * Links every entry committed before the call, waiting up to `timeoutMs` (default 5 s) for transactions
   * still open then; returns how many it linked (tests, shutdown, `audit.verify`).
   */
  chainNow(options?: { timeoutMs?: number }): Promise<number>;
}

/** The newest link: the origin row of migration 0015 when nothing has been linked since. */
export async function readChainHead(db: Pick<Database, 'execute'>): Promise<ChainHead> {
  const [head] = await queryRows<{ seq: string; hash: string }>(
    db,
    // Ordered by the column, not by its text (`'9' > '10'`).
    sql`select c.seq::text as seq, c.hash from audit_chain c order by c.seq desc limit 1`,
  );
  if (!head) throw new Error('audit_chain has no origin row: migration 0015 has not run');
  return { seq: Number(head.seq), hash: head.hash };
}

/**
 * The single chainer of the audit log (issue 16 item 1): it links committed entries into `audit_chain` in
 * `seq` order with `linkHash` under the audit key, off the request path.
 *
 * Why it never skips an entry. Numbers come from a sequence, so they are handed out in one order and
 * committed in another: entry 7 may be visible while entry 6 is still in an open transaction, and linking 7
 * then would leave 6 out of the chain for ever. So the chainer links only up to a bound every holder of a
 * smaller number is known to have finished:
 * 1. It reads the sequence's last value `upTo`: every number up to it has been handed out.
 * 2. Then it takes a snapshot and keeps its `xmax`. The insert trigger gives a transaction its id before it
 *    takes a number (`pg_current_xact_id()` in `audit_events_number`), so every transaction holding a
 *    number up to `upTo` already had an id when the snapshot was taken: either it had finished, or its id
 *    is below `xmax`.
 * 3. Once the oldest transaction still running is at or above that `xmax` (`pg_snapshot_xmin`), every one
 *    of them has committed or rolled back: each number up to `upTo` is now a visible entry or a gap that will
 *    stay a gap, and the chainer links them all.
 * A long transaction delays the chain (as long as it runs), never breaks it; `audit:verify` reports the
 * unchained tail and its age. Chainers of several worker processes take turns on an advisory lock that only
 * they use, and `audit_chain_prev_seq_key` would refuse a fork anyway.
 */
export function createAuditChainer(
  db: Database,
  key: Buffer,
  options: { batchSize?: number } = {},
): AuditChainer {
  const batchSize = options.batchSize ?? 1000;
  let pending: Observation | null = null;

  const observe = async (): Promise<Observation> => {
    // Two statements on purpose: the snapshot must be taken after the sequence was read (step 2).
    const [sequence] = await queryRows<{ last_value: string; is_called: boolean }>(
      db,
      sql`select last_value::text as last_value, is_called from audit_events_seq`,
    );
    const [snapshot] = await queryRows<{ xmax: string }>(
      db,
      sql`select pg_snapshot_xmax(pg_current_snapshot())::text as xmax`,
    );
    const last = Number(sequence!.last_value);
    return { upTo: sequence!.is_called ? last : last - 1, xmax: snapshot!.xmax };
  };

  const isSettled = async (observation: Observation): Promise<boolean> => {
    const [row] = await queryRows<{ settled: boolean }>(
      db,
      sql`select pg_snapshot_xmin(pg_current_snapshot()) >= ${observation.xmax}::xid8 as settled`,
    );
    return row?.settled === true;
  };

  /** One batch in one transaction; 0 when another chainer holds the lock or nothing is left. */
  const linkBatch = (upTo: number) =>
    db.transaction(async (tx) => {
      const [lock] = await queryRows<{ ok: boolean }>(
        tx,
        sql`select pg_try_advisory_xact_lock(${CHAINER_LOCK}) as ok`,
      );
      if (!lock?.ok) return 0;
      const head = await readChainHead(tx);
      const entries = await queryRows<ChainEntry>(
        tx,
        sql`select ${CHAIN_ENTRY_COLUMNS} from audit_events e
            where e.seq > ${head.seq} and e.seq <= ${upTo} order by e.seq limit ${batchSize}`,
      );
      let previous = head;
      const links = entries.map((entry) => {
        const link = {
          seq: Number(entry.seq),
          prevSeq: previous.seq,
          hash: linkHash(key, previous.hash, previous.seq, entry),
        };
        previous = link;
        return link;
      });
      if (links.length) await tx.insert(auditChain).values(links);
      return links.length;
    });

  const linkUpTo = async (upTo: number) => {
    let linked = 0;
    for (;;) {
      const count = await linkBatch(upTo);
      linked += count;
      if (count < batchSize) return linked;
    }
  };

  return {
    async tick() {
      let linked = 0;
      if (pending && (await isSettled(pending))) {
        linked = await linkUpTo(pending.upTo);
        pending = null;
      }
      pending ??= await observe();
      return linked;
    },
    async chainNow({ timeoutMs = 5_000 } = {}) {
      const observation = await observe();
      const deadline = Date.now() + timeoutMs;
      while (!(await isSettled(observation))) {
        if (Date.now() >= deadline) return 0;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return linkUpTo(observation.upTo);
    },
  };
}
