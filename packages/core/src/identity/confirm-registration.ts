import { DomainError } from '../shared';
import { IdentityErrorCode } from './identity.errors';
import type { IdentityDeps } from './identity.ports';
import type { Principal, RequestOrigin, SessionTransport } from './identity.types';
import { verifyCode } from './issue-code';
import { type OpenedSession, openSession } from './open-session';
import { type RegistrationPayload, refuseTaken } from './start-registration';

/**
 * Confirms the phone with the code and creates the account (docs/domain.md rule 11), recording the consent with
 * the version of its text. A patient the clinic already has (same SNILS and birth date) is linked, not
 * duplicated. The new account is logged in at once.
 */
export async function confirmRegistration(
  deps: IdentityDeps,
  _principal: Principal | null,
  input: { registrationId: string; code: string; transport: SessionTransport; origin: RequestOrigin },
): Promise<OpenedSession & { accountId: string }> {
  const now = deps.clock.now();
  // The wrong-entry count must survive a refusal, so the code is checked in a transaction of its own.
  const registration = await deps.store
    .transaction(async (repos) => {
      const found = await repos.registrations.find<RegistrationPayload>(input.registrationId);
      if (!found || found.completedAt || found.expiresAt <= now) {
        throw new DomainError(IdentityErrorCode.REGISTRATION_NOT_FOUND, { field: 'body.registrationId' });
      }
      return { found, refusal: await verifyCode(deps, repos, 'registration', found.id, input.code) };
    })
    .then(({ found, refusal }) => {
      if (refusal) throw refusal;
      return found;
    });
  const form = registration.payload;
  const snilsHash = deps.secrets.snilsHash(form.snils);
  return deps.store.transaction(async (repos) => {
    const snilsHashes = deps.secrets.snilsLookupHashes(form.snils);
    await refuseTaken(repos.accounts, { snilsHashes, phone: form.phone, email: form.email });
    const existing = await repos.patients.findBySnilsHash(snilsHashes);
    if (existing && existing.birthDate !== form.birthDate) {
      // The clinic knows this SNILS with another birth date: a typo or someone else's number. Say neither.
      throw new DomainError(IdentityErrorCode.SNILS_ALREADY_REGISTERED, { field: 'body.snils' });
    }
    let patientId: string;
    if (existing) {
      patientId = existing.id;
      await repos.patients.fillContacts(patientId, { phone: form.phone, email: form.email });
    } else {
      patientId = await repos.patients.create({
        surname: form.surname,
        name: form.name,
        patronymic: form.patronymic,
        birthDate: form.birthDate,
        sex: form.sex,
        snils: form.snils,
        oms: form.oms,
        phone: form.phone,
        email: form.email,
      });
    }
    const account = await repos.accounts.create({
      displayName: [form.name, form.surname].join(' '),
      patientId,
      phone: form.phone,
      email: form.email,
      snilsHash,
      passwordHash: form.passwordHash,
      roles: [{ role: 'patient', organizationId: null }],
    });
    if (!(await repos.registrations.complete(registration.id, account.id, now))) {
      throw new DomainError(IdentityErrorCode.REGISTRATION_NOT_FOUND, { field: 'body.registrationId' });
    }
    await repos.consents.grant({
      patientId,
      accountId: account.id,
      purpose: 'personal_data',
      textVersion: registration.consentVersion,
      at: now,
      origin: input.origin,
    });
    const opened = await openSession(deps, repos, account, {
      transport: input.transport,
      mfaPending: false,
      method: 'registration',
      origin: input.origin,
    });
    await repos.audit.record({
      actorAccountId: account.id,
      actorRole: 'patient',
      subjectPatientId: patientId,
      action: 'auth.register',
      recordType: 'account',
      recordId: account.id,
      outcome: 'success',
      ip: input.origin.ip,
      userAgent: input.origin.userAgent,
      details: { linkedExistingPatient: Boolean(existing), consentVersion: registration.consentVersion },
      occurredAt: now,
    });
    return { ...opened, accountId: account.id };
  });
}
