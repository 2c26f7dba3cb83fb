import { type Account, isStaff } from './identity.types';

export type MfaMethod = 'totp' | 'sms' | 'recovery';

/** The second-factor methods an account can complete a login with. */
export function mfaMethodsOf(account: Account): MfaMethod[] {
  const methods: MfaMethod[] = [];
  if (account.totpEnabled) methods.push('totp');
  if (account.smsMfaEnabled && account.phone) methods.push('sms');
  if (account.totpEnabled) methods.push('recovery');
  return methods;
}

/** docs/domain.md rule 14: staff always need a second factor; patients when they switched one on. */
export const isMfaRequired = (account: Account): boolean =>
  isStaff(account.roles) || mfaMethodsOf(account).length > 0;
