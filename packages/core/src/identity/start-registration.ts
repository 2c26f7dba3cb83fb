import { DomainError } from '../shared';
import { IdentityErrorCode } from './identity.errors';
import type { AccountRepository, IdentityDeps } from './identity.ports';
import type { Principal } from './identity.types';
import { issueCode } from './issue-code';
import { maskPhone } from './login-identifier';
import { CODE_RULES } from './one-time-code';
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

/**
 * Starts a patient registration (DESIGN rule 11): validates every field, refuses a SNILS or phone that
 * already has an account (without saying whose), keeps the form encrypted and sends a code to the phone.
 */
export async function startRegistration(
  deps: IdentityDeps,
  _principal: Principal | null,
  input: RegistrationInput,
): Promise<RegistrationStarted> {
  const now = deps.clock.now();
  const checked = validateRegistration(input, now, deps.secrets.commonPasswords);
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
  const form = checked.value;
  const snilsHash = deps.secrets.snilsHash(form.snils);
  const passwordHash = await deps.secrets.hashPassword(form.password);
  return deps.store.transaction(async (repos) => {
    await refuseTaken(repos.accounts, {
      snilsHashes: deps.secrets.snilsLookupHashes(form.snils),
      phone: form.phone,
      email: form.email,
    });
    const { password: _password, ...rest } = form;
    const payload: RegistrationPayload = { ...rest, passwordHash };
    const registrationId = await repos.registrations.create({
      snilsHash,
      phone: form.phone,
      payload,
      consentVersion: deps.consentVersion,
      expiresAt: new Date(now.getTime() + REGISTRATION_TTL_SECONDS * 1000),
    });
    const code = await issueCode(deps, repos, 'registration', registrationId, {
      channel: 'sms',
      recipient: form.phone,
      template: 'registration_code',
      event: 'auth.registration_code',
    });
    return {
      registrationId,
      codeSentTo: maskPhone(form.phone),
      expiresAt: code.expiresAt,
      resendAfter: new Date(code.createdAt.getTime() + CODE_RULES.resendIntervalSeconds * 1000),
    };
  });
}

/** Refuses identifiers that already belong to an account. Checked again at confirmation (a race). */
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
