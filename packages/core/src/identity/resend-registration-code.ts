import { DomainError } from '../shared';
import { IdentityErrorCode } from './identity.errors';
import type { IdentityDeps } from './identity.ports';
import type { Principal } from './identity.types';
import { issueCode } from './issue-code';
import { maskPhone } from './login-identifier';
import { CODE_RULES } from './one-time-code';
import type { RegistrationStarted } from './start-registration';

/** Sends a new registration code (the old one stops working); limited as DESIGN rule 12 says. */
export async function resendRegistrationCode(
  deps: IdentityDeps,
  _principal: Principal | null,
  input: { registrationId: string },
): Promise<RegistrationStarted> {
  const now = deps.clock.now();
  return deps.store.transaction(async (repos) => {
    const registration = await repos.registrations.find<{ phone: string }>(input.registrationId);
    if (!registration || registration.completedAt || registration.expiresAt <= now) {
      throw new DomainError(IdentityErrorCode.REGISTRATION_NOT_FOUND, { field: 'body.registrationId' });
    }
    const phone = registration.payload.phone;
    const code = await issueCode(deps, repos, 'registration', registration.id, {
      channel: 'sms',
      recipient: phone,
      template: 'registration_code',
      event: 'auth.registration_code',
    });
    return {
      registrationId: registration.id,
      codeSentTo: maskPhone(phone),
      expiresAt: code.expiresAt,
      resendAfter: new Date(code.createdAt.getTime() + CODE_RULES.resendIntervalSeconds * 1000),
    };
  });
}
