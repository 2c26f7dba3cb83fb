import type { TemplateName } from '../messaging';
import { DomainError } from '../shared';
import { IdentityErrorCode } from './identity.errors';
import type { IdentityDeps, IdentityRepos } from './identity.ports';
import type { OneTimeCode, OneTimeCodePurpose, RequestOrigin } from './identity.types';
import { CODE_RULES, checkCode, checkResend } from './one-time-code';

export interface CodeDelivery {
  channel: 'sms' | 'email';
  recipient: string;
  accountId?: string | null;
  template: TemplateName;
  event: string;
  /** Extra template values (never the code's subject's personal data beyond what the message needs). */
  payload?: Record<string, string>;
  /**
   * Keep the code but send nothing: the registration names an existing account, whose owner is told instead,
   * and the page must not be able to tell (issue 15, item 6).
   */
  isSilent?: boolean;
}

/**
 * Counts a request that sends a code or a notice against the shared limits (issue 15, item 4): per
 * destination (a phone, an e-mail, or whatever login was typed), per client address, installation-wide.
 * Throws `CODE_REQUESTS_LIMITED` with `Retry-After`; keyed on what was typed, never on whether an account
 * exists, so the refusal reveals nothing.
 */
export async function takeCodeRequest(
  deps: Pick<IdentityDeps, 'limits'>,
  destination: string | null,
  origin: RequestOrigin,
): Promise<void> {
  const wait = await deps.limits.take({ destination, ip: origin.ip });
  if (wait !== null) {
    throw new DomainError(IdentityErrorCode.CODE_REQUESTS_LIMITED, {
      retryAfterSeconds: wait,
      params: { seconds: wait },
    });
  }
}

/**
 * Issues a one-time code for a subject and writes its message to the outbox in the same transaction.
 * Refuses during a cool-down or when codes are requested too often (docs/domain.md rule 12).
 */
export async function issueCode(
  deps: Pick<IdentityDeps, 'secrets' | 'clock'>,
  repos: Pick<IdentityRepos, 'codes' | 'outbox'>,
  purpose: OneTimeCodePurpose,
  subjectId: string,
  delivery: CodeDelivery,
): Promise<OneTimeCode> {
  const now = deps.clock.now();
  const recent = await repos.codes.recent(purpose, subjectId, new Date(now.getTime() - 3600_000));
  const allowed = checkResend(recent, now);
  if (!allowed.ok) {
    throw new DomainError(
      allowed.reason === 'blocked' ? IdentityErrorCode.CODE_BLOCKED : IdentityErrorCode.RESEND_TOO_SOON,
      {
        retryAfterSeconds: allowed.retryAfterSeconds,
        params: { seconds: allowed.retryAfterSeconds },
      },
    );
  }
  const code = deps.secrets.newCode();
  const stored = await repos.codes.create({
    purpose,
    subjectId,
    channel: delivery.channel,
    codeHash: deps.secrets.hashCode(code),
    expiresAt: new Date(now.getTime() + CODE_RULES.ttlSeconds * 1000),
  });
  if (delivery.isSilent) return stored;
  await repos.outbox.enqueue({
    event: delivery.event,
    channel: delivery.channel,
    recipient: delivery.recipient,
    accountId: delivery.accountId ?? null,
    template: delivery.template,
    payload: { ...delivery.payload, code, minutes: String(CODE_RULES.ttlSeconds / 60) },
    dedupeKey: `code:${stored.id}:${delivery.channel}`,
  });
  return stored;
}

/**
 * Checks an entered code against the subject's latest code: a wrong entry is counted (the third kills the
 * code and starts the cool-down), a right one is consumed so it cannot be used twice. The refusal is
 * returned, not thrown: the caller must let the transaction commit the count and throw afterwards.
 */
export async function verifyCode(
  deps: Pick<IdentityDeps, 'secrets' | 'clock'>,
  repos: Pick<IdentityRepos, 'codes'>,
  purpose: OneTimeCodePurpose,
  subjectId: string,
  entered: string,
  options: { field?: string; codeId?: string } = {},
): Promise<DomainError | null> {
  const field = options.field ?? 'body.code';
  const now = deps.clock.now();
  const [latest] = await repos.codes.recent(purpose, subjectId, new Date(0));
  if (!latest) return new DomainError(IdentityErrorCode.CODE_EXPIRED, { field });
  // A code named by id (a password reset's) must still be the subject's latest: a newer one replaced it.
  if (options.codeId && latest.id !== options.codeId) {
    return new DomainError(IdentityErrorCode.CODE_EXPIRED, { field });
  }
  const matches = deps.secrets.hashesEqual(deps.secrets.hashCode(entered), latest.codeHash);
  const verdict = checkCode(latest, matches, now);
  if (verdict.ok) {
    return (await repos.codes.consume(latest.id, now))
      ? null
      : new DomainError(IdentityErrorCode.CODE_EXPIRED, { field });
  }
  switch (verdict.reason) {
    case 'blocked':
      return new DomainError(IdentityErrorCode.CODE_BLOCKED, {
        retryAfterSeconds: verdict.retryAfterSeconds,
        params: { seconds: verdict.retryAfterSeconds },
      });
    case 'expired':
    case 'consumed':
      return new DomainError(IdentityErrorCode.CODE_EXPIRED, { field });
    case 'wrong': {
      const counted = await repos.codes.recordWrongEntry(latest.id, now, CODE_RULES.maxAttempts);
      if (counted.isDead) {
        return new DomainError(IdentityErrorCode.CODE_BLOCKED, {
          retryAfterSeconds: CODE_RULES.cooldownSeconds,
          params: { seconds: CODE_RULES.cooldownSeconds },
        });
      }
      return new DomainError(IdentityErrorCode.CODE_INVALID, {
        field,
        params: { attemptsLeft: CODE_RULES.maxAttempts - counted.attempts },
      });
    }
  }
}
