import { parseSnils } from '../identifiers';
import { DomainError } from '../shared';
import { IdentityErrorCode } from './identity.errors';
import type { IdentityDeps, IdentityRepos } from './identity.ports';
import type { Account, Principal, RequestOrigin, SessionTransport } from './identity.types';
import { type LoginResult, openLoginSession } from './login-session';

/**
 * What an external identity provider vouched for, read from its verified ID token and userinfo. Names are
 * carried for a later "register through the provider" and are never logged or used for matching.
 */
export interface ExternalIdentityClaims {
  /** The provider's issuer identifier: the namespace of `subject`. */
  provider: string;
  /** The provider's stable id of the person (`sub`). */
  subject: string;
  /** The SNILS as the provider sent it (separators allowed), or null. */
  snils: string | null;
  /** The provider has confirmed the person's identity (ЕСИА: «подтверждённая учётная запись»). */
  isConfirmed: boolean;
  surname?: string | null;
  name?: string | null;
  patronymic?: string | null;
}

export interface LogInExternalInput {
  claims: ExternalIdentityClaims;
  transport: SessionTransport;
  origin: RequestOrigin;
}

type Refusal = 'external_unconfirmed' | 'external_no_snils' | 'external_account_not_found' | 'blocked';

const REFUSALS: Record<Refusal, IdentityErrorCode> = {
  external_unconfirmed: IdentityErrorCode.EXTERNAL_IDENTITY_UNCONFIRMED,
  external_no_snils: IdentityErrorCode.EXTERNAL_IDENTITY_NO_SNILS,
  external_account_not_found: IdentityErrorCode.EXTERNAL_ACCOUNT_NOT_FOUND,
  blocked: IdentityErrorCode.ACCOUNT_BLOCKED,
};

/** The account already linked to the subject, or else the one holding the SNILS (`linkNeeded`). */
async function findAccount(
  repos: IdentityRepos,
  claims: ExternalIdentityClaims,
  snilsHashes: readonly string[],
): Promise<{ account: Account | null; linkNeeded: boolean }> {
  const linkedId = await repos.externalIdentities.findAccountId(claims.provider, claims.subject);
  if (linkedId) return { account: await repos.accounts.findById(linkedId), linkNeeded: false };
  const found = await repos.accounts.findByIdentifiers({ snilsHashes });
  const account = found.find((a) => a.snilsHash !== null && snilsHashes.includes(a.snilsHash)) ?? null;
  return { account, linkNeeded: account !== null };
}

/**
 * Logs in with an identity confirmed by an external OpenID Connect provider such as ЕСИА (docs/domain.md §4a).
 * Only a confirmed identity with a valid SNILS is accepted. The account is found by the link to the
 * provider's subject, or else by the SNILS (keyed hash), and then linked, so later logins go by subject.
 * Accounts are never created here: registration confirms the phone, which the provider does not vouch for.
 * The session opens exactly as after a password: staff still owe their second factor (`mfaPending`).
 */
export async function logInExternal(
  deps: IdentityDeps,
  _principal: Principal | null,
  input: LogInExternalInput,
): Promise<LoginResult> {
  const { claims, origin } = input;
  const now = deps.clock.now();
  const details = { method: 'oidc', provider: claims.provider };

  async function refuse(reason: Refusal, account: Account | null = null): Promise<never> {
    await deps.store.transaction((repos) =>
      repos.audit.record({
        actorAccountId: account?.id ?? null,
        subjectPatientId: account?.patientId ?? null,
        action: 'auth.login',
        outcome: 'denied',
        reason,
        ip: origin.ip,
        userAgent: origin.userAgent,
        details,
        occurredAt: now,
      }),
    );
    throw new DomainError(REFUSALS[reason]);
  }

  if (!claims.isConfirmed) return refuse('external_unconfirmed');
  const snils = claims.snils ? parseSnils(claims.snils) : null;
  if (!snils?.ok) return refuse('external_no_snils');
  const snilsHashes = deps.secrets.snilsLookupHashes(snils.value);

  type Outcome = { refusal: Refusal; account: Account | null } | { result: LoginResult };
  const outcome = await deps.store.transaction(async (repos): Promise<Outcome> => {
    const { account, linkNeeded } = await findAccount(repos, claims, snilsHashes);
    if (!account) return { refusal: 'external_account_not_found', account };
    if (account.status !== 'active') return { refusal: 'blocked', account };
    // A parallel first login may have linked the subject already; either way it now points here.
    if (linkNeeded) await repos.externalIdentities.link(account.id, claims.provider, claims.subject);
    const result = await openLoginSession(deps, repos, account, {
      transport: input.transport,
      method: 'oidc',
      origin,
      details: { ...details, isNewLink: linkNeeded },
    });
    return { result };
  });
  if ('refusal' in outcome) return refuse(outcome.refusal, outcome.account);
  return outcome.result;
}
