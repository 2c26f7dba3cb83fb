import { DomainError } from '../shared';
import { IdentityErrorCode } from './identity.errors';
import type { IdentityDeps } from './identity.ports';
import type { Principal, RequestOrigin } from './identity.types';
import { takeCodeRequest } from './issue-code';
import { maskPhone } from './login-identifier';
import { CODE_RULES } from './one-time-code';
import {
  type RegistrationPayload,
  type RegistrationStarted,
  sendRegistrationCode,
} from './start-registration';

/**
 * Sends a new registration code (the old one stops working); limited as docs/domain.md rule 12 says and by the
 * shared code-request limits (issue 15, item 4). A registration naming an existing account's identifiers
 * gets a code that is kept but never sent, as at the start.
 */
export async function resendRegistrationCode(
  deps: IdentityDeps,
  _principal: Principal | null,
  input: { registrationId: string; origin: RequestOrigin },
): Promise<RegistrationStarted> {
  const now = deps.clock.now();
  const registration = await deps.store.transaction((repos) =>
    repos.registrations.find<RegistrationPayload>(input.registrationId),
  );
  if (!registration || registration.completedAt || registration.expiresAt <= now) {
    throw new DomainError(IdentityErrorCode.REGISTRATION_NOT_FOUND, { field: 'body.registrationId' });
  }
  const form = registration.payload;
  await takeCodeRequest(deps, form.phone, input.origin);
  return deps.store.transaction(async (repos) => {
    const code = await sendRegistrationCode(
      deps,
      repos,
      registration.id,
      form,
      deps.secrets.snilsLookupHashes(form.snils),
    );
    return {
      registrationId: registration.id,
      codeSentTo: maskPhone(form.phone),
      expiresAt: code.expiresAt,
      resendAfter: new Date(code.createdAt.getTime() + CODE_RULES.resendIntervalSeconds * 1000),
    };
  });
}
