import type { OutgoingMessage } from '../messaging';
import { DomainError } from '../shared';
import { IdentityErrorCode } from './identity.errors';
import type { AccountRepository, IdentityDeps, IdentityRepos, PendingRegistration } from './identity.ports';
import type { Account, OneTimeCode, Principal, RequestOrigin } from './identity.types';
import { issueCode, takeCodeRequest } from './issue-code';
import { maskPhone } from './login-identifier';
import { CODE_RULES, checkResend } from './one-time-code';
import { type RegistrationInput, type ValidRegistration, validateRegistration } from './registration-input';

/** What waits, encrypted, for the phone to be confirmed: the form with the password already hashed. */
export type RegistrationPayload = Omit<ValidRegistration, 'password'> & { passwordHash: string };

/** A registration stays open for an hour; its codes expire much sooner. */
const REGISTRATION_TTL_SECONDS = 3600;

export interface RegistrationStarted {
  registrationId: string;
  codeSentTo: string;
  expiresAt: Date;
  resendAfter: Date;
}

/** The form fields compared to tell a resubmission from a changed form (the password is compared by hash). */
const FORM_FIELDS = [
  'surname',
  'name',
  'patronymic',
  'birthDate',
  'sex',
  'snils',
  'oms',
  'phone',
  'email',
] as const;

const sameFields = (a: Omit<ValidRegistration, 'password'>, b: Omit<ValidRegistration, 'password'>) =>
  FORM_FIELDS.every((field) => (a[field] ?? null) === (b[field] ?? null));

/**
 * Starts a patient registration (docs/domain.md rule 11; issue 15, items 4 and 6).
 * - Every field is validated; the request counts against the shared code-request limits of the phone, the
 *   address and the installation.
 * - An open registration for the same phone is reused: the same id comes back, and no new code is sent
 *   while its code is still good. A changed form replaces the kept one and retires its codes (a code sent
 *   for one form never confirms another); a new code then goes out as the resend rules allow.
 * - The answer is the same whether or not the SNILS, phone or e-mail already belong to an account: then no
 *   code is sent, and the accounts' owners are told by SMS and e-mail instead.
 */
export async function startRegistration(
  deps: IdentityDeps,
  _principal: Principal | null,
  input: RegistrationInput & { origin: RequestOrigin },
): Promise<RegistrationStarted> {
  const now = deps.clock.now();
  const { origin, ...fields } = input;
  const checked = validateRegistration(fields, now, deps.secrets.commonPasswords);
  if (!checked.ok) {
    const consentOnly = checked.errors.length === 1 && checked.errors[0]?.code === 'CONSENT_REQUIRED';
    throw new DomainError(
      consentOnly ? IdentityErrorCode.CONSENT_REQUIRED : IdentityErrorCode.INVALID_FIELDS,
      {
        field: consentOnly ? 'body.consent' : undefined,
        fieldErrors: consentOnly ? undefined : checked.errors,
      },
    );
  }
  const { password, ...form } = checked.value;
  await takeCodeRequest(deps, form.phone, origin);
  const open = await deps.store.transaction((repos) =>
    repos.registrations.findOpenByPhone<RegistrationPayload>(form.phone, now),
  );
  // The argon2 work happens outside any transaction: a connection is not held while it waits its turn.
  const isResubmission =
    open !== null &&
    sameFields(open.payload, form) &&
    (await deps.secrets.verifyPassword(open.payload.passwordHash, password));
  const passwordHash = isResubmission ? open.payload.passwordHash : await deps.secrets.hashPassword(password);
  const snilsHash = deps.secrets.snilsHash(form.snils);
  const payload: RegistrationPayload = { ...form, passwordHash };
  return deps.store.transaction(async (repos) => {
    const registrationId = await keepRegistration(deps, repos, { open, isResubmission, snilsHash, payload });
    const recent = await repos.codes.recent(
      'registration',
      registrationId,
      new Date(now.getTime() - 3600_000),
    );
    const hasLiveCode = recent[0] !== undefined && isLive(recent[0], now);
    let latest = recent[0];
    if (!hasLiveCode && checkResend(recent, now).ok) {
      latest = await sendRegistrationCode(
        deps,
        repos,
        registrationId,
        payload,
        deps.secrets.snilsLookupHashes(form.snils),
      );
    }
    return {
      registrationId,
      codeSentTo: maskPhone(form.phone),
      expiresAt: latest?.expiresAt ?? now,
      resendAfter: resendAfter(recent, latest, now),
    };
  });
}

/** The registration to go on with: the open one as it is, the open one with the new form, or a new one. */
async function keepRegistration(
  deps: Pick<IdentityDeps, 'clock' | 'consentVersion'>,
  repos: IdentityRepos,
  state: {
    open: PendingRegistration<RegistrationPayload> | null;
    isResubmission: boolean;
    snilsHash: string;
    payload: RegistrationPayload;
  },
): Promise<string> {
  const now = deps.clock.now();
  const { open, snilsHash, payload } = state;
  if (open && state.isResubmission) return open.id;
  if (open) {
    const change = { snilsHash, payload, consentVersion: deps.consentVersion };
    if (await repos.registrations.replacePayload(open.id, change)) {
      await repos.codes.retire('registration', open.id, now);
      return open.id;
    }
  }
  return repos.registrations.create({
    snilsHash,
    phone: payload.phone,
    payload,
    consentVersion: deps.consentVersion,
    expiresAt: new Date(now.getTime() + REGISTRATION_TTL_SECONDS * 1000),
  });
}

const isLive = (code: OneTimeCode, now: Date) => !code.consumedAt && !code.diedAt && code.expiresAt > now;

/** When the person may ask for another code: a minute after the last one, or when a cool-down or the hour ends. */
function resendAfter(recent: readonly OneTimeCode[], latest: OneTimeCode | undefined, now: Date): Date {
  if (latest && latest !== recent[0]) {
    return new Date(latest.createdAt.getTime() + CODE_RULES.resendIntervalSeconds * 1000);
  }
  const allowed = checkResend(recent, now);
  return allowed.ok ? now : new Date(now.getTime() + allowed.retryAfterSeconds * 1000);
}

/**
 * Issues the registration's code. When the form names an existing account's SNILS, phone or e-mail, the
 * code is kept but not sent (nobody can confirm it, exactly as with a mistyped code), and those accounts
 * are told instead.
 */
export async function sendRegistrationCode(
  deps: Pick<IdentityDeps, 'secrets' | 'clock'>,
  repos: IdentityRepos,
  registrationId: string,
  form: { phone: string; email: string | null },
  /** Every hash the SNILS of the form may be stored under (`IdentitySecrets.snilsLookupHashes`). */
  snilsHashes: readonly string[],
): Promise<OneTimeCode> {
  const owners = await repos.accounts.findByIdentifiers({
    snilsHashes,
    phone: form.phone,
    email: form.email,
  });
  const code = await issueCode(deps, repos, 'registration', registrationId, {
    channel: 'sms',
    recipient: form.phone,
    template: 'registration_code',
    event: 'auth.registration_code',
    isSilent: owners.length > 0,
  });
  for (const message of ownerNotices(owners, code.id)) await repos.outbox.enqueue(message);
  return code;
}

/** The notices to the owners of the identifiers a registration named: by SMS and e-mail, once per code. */
function ownerNotices(owners: readonly Account[], codeId: string): OutgoingMessage[] {
  return owners.flatMap((owner) =>
    [
      ...(owner.phone ? [{ channel: 'sms' as const, recipient: owner.phone }] : []),
      ...(owner.email ? [{ channel: 'email' as const, recipient: owner.email }] : []),
    ].map(({ channel, recipient }) => ({
      event: 'auth.registration_existing_account',
      channel,
      recipient,
      accountId: owner.id,
      template: 'registration_existing_account' as const,
      payload: {},
      dedupeKey: `registration-existing:${codeId}:${owner.id}:${channel}`,
    })),
  );
}

/** Refuses identifiers that already belong to an account: the last check at confirmation (a race). */
export async function refuseTaken(
  accounts: AccountRepository,
  ids: { snilsHashes: readonly string[]; phone: string; email: string | null },
): Promise<void> {
  const found = await accounts.findByIdentifiers(ids);
  if (found.some((a) => a.snilsHash !== null && ids.snilsHashes.includes(a.snilsHash))) {
    throw new DomainError(IdentityErrorCode.SNILS_ALREADY_REGISTERED, { field: 'body.snils' });
  }
  if (found.some((a) => a.phone === ids.phone)) {
    throw new DomainError(IdentityErrorCode.PHONE_ALREADY_REGISTERED, { field: 'body.phone' });
  }
  if (ids.email && found.some((a) => a.email === ids.email)) {
    throw new DomainError(IdentityErrorCode.EMAIL_ALREADY_REGISTERED, { field: 'body.email' });
  }
}
