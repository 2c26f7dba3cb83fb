import { changePassword } from './change-password';
import { completeMfa, sendMfaSms } from './complete-mfa';
import { confirmRegistration } from './confirm-registration';
import { getMe } from './get-me';
import { logIn } from './log-in';
import { logInExternal } from './log-in-external';
import {
  confirmPassword,
  confirmTotpEnrolment,
  disableTotp,
  regenerateRecoveryCodes,
  setSmsMfa,
  startTotpEnrolment,
} from './manage-mfa';
import { endSession, listSessions, liveSessions, logOut, logOutEverywhere } from './manage-sessions';
import { confirmPasswordReset, requestPasswordReset } from './password-reset';
import { resendRegistrationCode } from './resend-registration-code';
import { resolveSession } from './resolve-session';
import { startRegistration } from './start-registration';

/**
 * Registration, login, sessions, the second factor and recovery, over `IdentityDeps`. Registration, login,
 * recovery and `resolveSession` are open to anyone (principal `null`); the rest act for the principal.
 */
export const identityUseCases = {
  startRegistration,
  resendRegistrationCode,
  confirmRegistration,
  logIn,
  logInExternal,
  completeMfa,
  sendMfaSms,
  resolveSession,
  getMe,
  listSessions,
  liveSessions,
  endSession,
  logOut,
  logOutEverywhere,
  requestPasswordReset,
  confirmPasswordReset,
  changePassword,
  startTotpEnrolment,
  confirmTotpEnrolment,
  disableTotp,
  regenerateRecoveryCodes,
  setSmsMfa,
  confirmPassword,
};
