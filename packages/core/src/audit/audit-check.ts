import { buildDedupeKey, type OutgoingMessage } from '../messaging';

/** What the verification of the audit log can find wrong (the db package's `verifyAuditChain`). */
export type AuditChainProblemKind =
  | 'hash_mismatch'
  | 'broken_link'
  | 'gap'
  | 'missing_entry'
  | 'unchained_entry'
  | 'truncated'
  | 'checkpoint_mismatch'
  | 'no_origin'
  | 'forged_checkpoint';

/** The outcome of one verification of the whole log, as the daily job and `audit:verify` report it. */
export interface AuditChainCheck {
  problem: { kind: AuditChainProblemKind; seq: number } | null;
  /** The newest link, when there is one past the origin. */
  head: { seq: number; hash: string } | null;
  /** Entries found intact. */
  count: number;
}

/**
 * The answer of one whole check (`npm run audit:verify`, `POST /admin/audit/verify`): intact or not, the
 * entries found intact, the first broken entry and the kind of damage, and how old the oldest entry not yet
 * linked is (the chainer links within seconds; an old tail means it is not running).
 */
export interface AuditVerification {
  ok: boolean;
  checked: number;
  brokenAt?: number;
  problem?: AuditChainProblemKind;
  unchainedTailAgeSeconds?: number;
}

/** The check itself, on the database with the audit key (packages/db `checkAuditLog`). */
export interface AuditChainVerifier {
  verify(): Promise<AuditVerification>;
}

/** The kinds of damage in Russian, for the security officer: numbers and kinds only, never a person. */
export const AUDIT_PROBLEM_TEXT: Readonly<Record<AuditChainProblemKind, string>> = Object.freeze({
  hash_mismatch: 'поля записи не совпадают с её хешем (запись изменена)',
  broken_link: 'звено не продолжает предыдущее (звенья удалены, вставлены или переписаны)',
  gap: 'перед записью не хватает записей (удалены)',
  missing_entry: 'звено есть, а самой записи нет (запись удалена)',
  unchained_entry: 'запись внутри цепочки без звена (вставлена задним числом)',
  truncated: 'цепочка короче последней контрольной точки (новейшие записи удалены)',
  checkpoint_mismatch: 'хеш записи не совпадает с контрольной точкой (журнал переписан)',
  no_origin: 'нет начального звена цепочки',
  forged_checkpoint: 'файл контрольной точки с неверной подписью (подделан или повреждён)',
});

const EVENT = 'audit.daily_check';

/**
 * The security officer's message after the daily verification (issue 15 item 7): an alert naming the first
 * damaged entry, or — when the log is intact — the verified head as an anchor kept outside the
 * installation (a mailbox the database's administrators do not control). One of each per day.
 */
export function auditCheckMessage(check: AuditChainCheck, recipient: string, at: Date): OutgoingMessage {
  const checkedAt = `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  const day = at.toISOString().slice(0, 10);
  const base = { event: EVENT, channel: 'email' as const, recipient, accountId: null };
  if (check.problem) {
    return {
      ...base,
      template: 'audit_chain_broken',
      payload: { seq: String(check.problem.seq), problem: AUDIT_PROBLEM_TEXT[check.problem.kind], checkedAt },
      dedupeKey: buildDedupeKey({ event: EVENT, eventId: `broken@${day}`, channel: 'email', recipient }),
    };
  }
  return {
    ...base,
    template: 'audit_chain_verified',
    payload: {
      seq: String(check.head?.seq ?? 0),
      hash: check.head?.hash ?? '—',
      count: String(check.count),
      checkedAt,
    },
    dedupeKey: buildDedupeKey({ event: EVENT, eventId: `verified@${day}`, channel: 'email', recipient }),
  };
}
