import { createHmac } from 'node:crypto';
import { sql } from 'drizzle-orm';

/** The `prev hash` of the very first entry of an installation. */
export const GENESIS_HASH = '0'.repeat(64);

/** Changes only with a new canonical form; old links keep verifying under the form they were made with. */
const LINK_FORM = 'talon-audit-link/1';

/**
 * An entry as the chain sees it: every field as the database prints it, so the chainer and the verifier
 * (and any other tool) read the same text. `occurred_at` in UTC with microseconds; `details` is jsonb's own
 * text, which is canonical (sorted keys, fixed spacing).
 */
export interface ChainEntry {
  /** bigint as text: the drivers read int8 differently. */
  seq: string;
  occurred_at: string;
  actor_account_id: string | null;
  actor_role: string | null;
  on_behalf_of_patient_id: string | null;
  subject_patient_id: string | null;
  action: string;
  record_type: string | null;
  record_id: string | null;
  outcome: string;
  reason: string | null;
  ip: string | null;
  user_agent: string | null;
  details: string | null;
}

/** The select list of a `ChainEntry` from `audit_events e`. */
export const CHAIN_ENTRY_COLUMNS = sql`e.seq::text as seq,
  to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as occurred_at,
  e.actor_account_id::text as actor_account_id, e.actor_role,
  e.on_behalf_of_patient_id::text as on_behalf_of_patient_id,
  e.subject_patient_id::text as subject_patient_id, e.action, e.record_type, e.record_id, e.outcome,
  e.reason, e.ip, e.user_agent, e.details::text as details`;

/**
 * The link of an entry: HMAC-SHA-256 under the audit key of the previous link's hash and the entry in a
 * canonical form (a JSON array: unambiguous, unlike joined text) that also names the entry linked before
 * it, so a removed entry breaks the next link even where numbers have gaps.
 */
export function linkHash(key: Buffer, prevHash: string, prevSeq: number, entry: ChainEntry): string {
  const canonical = JSON.stringify([
    LINK_FORM,
    entry.seq,
    String(prevSeq),
    entry.occurred_at,
    entry.actor_account_id,
    entry.actor_role,
    entry.on_behalf_of_patient_id,
    entry.subject_patient_id,
    entry.action,
    entry.record_type,
    entry.record_id,
    entry.outcome,
    entry.reason,
    entry.ip,
    entry.user_agent,
    entry.details,
  ]);
  return createHmac('sha256', key).update(prevHash).update('\n').update(canonical).digest('hex');
}
