import { beforeEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../audit';
import { snilsCheckDigits } from '../identifiers';
import { DomainError, fixedClock } from '../shared';
import type { IdentityDeps, IdentityRepos, IdentitySecrets, NewSession } from './identity.ports';
import type { Account, Session } from './identity.types';
import { type ExternalIdentityClaims, logInExternal } from './log-in-external';

const SNILS = `112233445${snilsCheckDigits('112233445')}`;
const PROVIDER = 'https://esia.example.ru/';
const origin = { ip: '203.0.113.7', userAgent: 'test' };

const account = (overrides: Partial<Account> = {}): Account => ({
  id: 'acc-1',
  displayName: 'Мария Иванова',
  patientId: 'pat-1',
  practitionerId: null,
  phone: '+79160000001',
  email: null,
  snilsHash: `h:${SNILS}`,
  passwordHash: 'x',
  status: 'active',
  totpSecret: null,
  totpEnabled: false,
  smsMfaEnabled: false,
  failedLoginCount: 0,
  lockedUntil: null,
  roles: [{ role: 'patient', organizationId: null }],
  ...overrides,
});

/** In-memory identity store: accounts, links, sessions and the audit log; the rest is never touched. */
function fakeDeps(accounts: Account[]) {
  const links: { accountId: string; provider: string; subject: string }[] = [];
  const sessions: (NewSession & { id: string })[] = [];
  const audit: AuditEntry[] = [];
  const repos = {
    accounts: {
      findById: async (id: string) => accounts.find((a) => a.id === id) ?? null,
      findByIdentifiers: async (ids: { snilsHashes?: readonly string[] }) =>
        accounts.filter((a) => a.snilsHash && ids.snilsHashes?.includes(a.snilsHash)),
    },
    externalIdentities: {
      findAccountId: async (provider: string, subject: string) =>
        links.find((l) => l.provider === provider && l.subject === subject)?.accountId ?? null,
      link: async (accountId: string, provider: string, subject: string) => {
        if (links.some((l) => l.provider === provider && l.subject === subject)) return false;
        links.push({ accountId, provider, subject });
        return true;
      },
    },
    sessions: {
      create: async (session: NewSession): Promise<Session> => {
        const stored = { ...session, id: `ses-${sessions.length + 1}` };
        sessions.push(stored);
        return {
          ...stored,
          lastSeenAt: session.createdAt,
          endedAt: null,
          ip: session.origin.ip,
          userAgent: session.origin.userAgent,
        };
      },
      deviceHistory: async () => 'first',
    },
    audit: { record: async (entry: AuditEntry) => void audit.push(entry) },
  } as unknown as IdentityRepos;
  let tokens = 0;
  const secrets = {
    snilsHash: (snils: string) => `h:${snils}`,
    snilsLookupHashes: (snils: string) => [`h:${snils}`],
    newToken: () => `token-${++tokens}`,
    hashToken: (token: string) => `th:${token}`,
  } as unknown as IdentitySecrets;
  const deps: IdentityDeps = {
    store: { transaction: (work) => work(repos), read: (work) => work(repos) },
    secrets,
    clock: fixedClock(new Date('2026-03-02T08:00:00Z')),
    consentVersion: 'v1',
    limits: { take: async () => null },
  };
  return { deps, links, sessions, audit };
}

const claims = (overrides: Partial<ExternalIdentityClaims> = {}): ExternalIdentityClaims => ({
  provider: PROVIDER,
  subject: 'esia-1000',
  snils: `112-233-445 ${SNILS.slice(9)}`,
  isConfirmed: true,
  ...overrides,
});

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return (error as DomainError).code;
}

describe('logInExternal', () => {
  let f: ReturnType<typeof fakeDeps>;
  beforeEach(() => {
    f = fakeDeps([account()]);
  });

  it('finds the account by SNILS, links the subject and opens a full session', async () => {
    const result = await logInExternal(f.deps, null, { claims: claims(), transport: 'cookie', origin });
    expect(result).toMatchObject({ status: 'authenticated', accountId: 'acc-1', mfaMethods: [] });
    expect(result.token).toBe('token-1');
    expect(f.sessions[0]).toMatchObject({ accountId: 'acc-1', method: 'oidc', mfaPending: false });
    expect(f.sessions[0]?.csrfToken).toBeTruthy();
    expect(f.links).toEqual([{ accountId: 'acc-1', provider: PROVIDER, subject: 'esia-1000' }]);
    expect(f.audit).toEqual([
      expect.objectContaining({
        action: 'auth.login',
        outcome: 'success',
        actorAccountId: 'acc-1',
        recordId: 'ses-1',
        details: expect.objectContaining({ method: 'oidc', provider: PROVIDER, isNewLink: true }),
      }),
    ]);
  });

  it('logs in a linked subject by the link, whatever SNILS the provider sends later', async () => {
    f.links.push({ accountId: 'acc-1', provider: PROVIDER, subject: 'esia-1000' });
    const other = `998877665${snilsCheckDigits('998877665')}`;
    const result = await logInExternal(f.deps, null, {
      claims: claims({ snils: other }),
      transport: 'bearer',
      origin,
    });
    expect(result.accountId).toBe('acc-1');
    expect(f.links).toHaveLength(1);
    expect(f.audit[0]?.details).toMatchObject({ isNewLink: false, transport: 'bearer' });
  });

  it('keeps the link namespaced by provider', async () => {
    f.links.push({ accountId: 'acc-2', provider: 'https://other.example.ru/', subject: 'esia-1000' });
    const result = await logInExternal(f.deps, null, { claims: claims(), transport: 'cookie', origin });
    expect(result.accountId).toBe('acc-1');
  });

  it('refuses an unconfirmed identity before looking anything up, and audits the denial', async () => {
    const code = await refusal(
      logInExternal(f.deps, null, { claims: claims({ isConfirmed: false }), transport: 'cookie', origin }),
    );
    expect(code).toBe('EXTERNAL_IDENTITY_UNCONFIRMED');
    expect(f.sessions).toHaveLength(0);
    expect(f.links).toHaveLength(0);
    expect(f.audit).toEqual([
      expect.objectContaining({
        outcome: 'denied',
        reason: 'external_unconfirmed',
        actorAccountId: null,
        details: { method: 'oidc', provider: PROVIDER },
      }),
    ]);
  });

  it.each([
    ['missing', null],
    ['empty', ''],
    ['with a wrong checksum', `112233445${String((Number(SNILS.slice(9)) + 1) % 100).padStart(2, '0')}`],
    ['of the wrong length', '1122334'],
  ])('refuses an identity whose SNILS is %s', async (_, snils) => {
    const code = await refusal(
      logInExternal(f.deps, null, { claims: claims({ snils }), transport: 'cookie', origin }),
    );
    expect(code).toBe('EXTERNAL_IDENTITY_NO_SNILS');
    expect(f.audit[0]).toMatchObject({ outcome: 'denied', reason: 'external_no_snils' });
  });

  it('refuses an unknown SNILS: the person registers first (the phone must be confirmed)', async () => {
    const unknown = `123456789${snilsCheckDigits('123456789')}`;
    const code = await refusal(
      logInExternal(f.deps, null, { claims: claims({ snils: unknown }), transport: 'cookie', origin }),
    );
    expect(code).toBe('EXTERNAL_ACCOUNT_NOT_FOUND');
    expect(f.links).toHaveLength(0);
    expect(f.sessions).toHaveLength(0);
    expect(f.audit[0]).toMatchObject({ outcome: 'denied', reason: 'external_account_not_found' });
  });

  it('refuses a blocked account without linking it', async () => {
    f = fakeDeps([account({ status: 'blocked' })]);
    const code = await refusal(
      logInExternal(f.deps, null, { claims: claims(), transport: 'cookie', origin }),
    );
    expect(code).toBe('ACCOUNT_BLOCKED');
    expect(f.links).toHaveLength(0);
    expect(f.audit[0]).toMatchObject({ outcome: 'denied', reason: 'blocked', actorAccountId: 'acc-1' });
  });

  it('leaves a staff login half-open until the second factor, as a password login does', async () => {
    f = fakeDeps([account({ roles: [{ role: 'doctor', organizationId: 'org-1' }], totpEnabled: true })]);
    const result = await logInExternal(f.deps, null, { claims: claims(), transport: 'cookie', origin });
    expect(result.status).toBe('mfa_required');
    expect(result.mfaMethods).toEqual(['totp', 'recovery']);
    expect(f.sessions[0]?.mfaPending).toBe(true);

    f = fakeDeps([account({ roles: [{ role: 'registrar', organizationId: 'org-1' }] })]);
    const enrol = await logInExternal(f.deps, null, { claims: claims(), transport: 'cookie', origin });
    expect(enrol.status).toBe('mfa_setup_required');
    expect(f.sessions[0]?.mfaPending).toBe(true);
  });
});
