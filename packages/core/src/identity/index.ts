// Identity: registration, login, second factor, sessions, password recovery (docs/domain.md rules 11–15).
export { changePassword } from './change-password';
export { completeMfa, sendMfaSms } from './complete-mfa';
export { confirmRegistration } from './confirm-registration';
export { PERSONAL_DATA_CONSENT } from './consent-text';
export { getMe, type MeView } from './get-me';
export { IdentityErrorCode } from './identity.errors';
export type * from './identity.ports';
export {
  type Account,
  type AccountStatus,
  isStaff,
  type OneTimeCode,
  type OneTimeCodePurpose,
  type Principal,
  type RequestOrigin,
  ROLES,
  type Role,
  type RoleGrant,
  type Session,
  type SessionStage,
  type SessionTransport,
  STAFF_ROLES,
} from './identity.types';
export { identityUseCases } from './identity.use-cases';
export { issueCode, verifyCode } from './issue-code';
export { logIn } from './log-in';
export { type ExternalIdentityClaims, type LogInExternalInput, logInExternal } from './log-in-external';
export { canonicalLogin, maskEmail, maskPhone, parseLoginIdentifier } from './login-identifier';
export type { LoginResult, LoginStatus } from './login-session';
export { THROTTLE_RULES } from './login-throttle';
export * from './manage-mfa';
export { endSession, listSessions, liveSessions, logOut, logOutEverywhere } from './manage-sessions';
export { type MfaMethod, mfaMethodsOf } from './mfa-methods';
export { notifyNewDeviceLogin } from './new-login-notice';
export { CODE_RULES } from './one-time-code';
export { type OpenedSession, openSession } from './open-session';
export { checkPassword, PATIENT_MIN_PASSWORD, passwordStems, STAFF_MIN_PASSWORD } from './password-policy';
export {
  confirmPasswordReset,
  notifyPasswordChanged,
  RESET_CODE_DESTINATION,
  requestPasswordReset,
} from './password-reset';
export { PASSWORD_MESSAGES, type RegistrationInput, validateRegistration } from './registration-input';
export { resendRegistrationCode } from './resend-registration-code';
export { resolveSession } from './resolve-session';
export { mayBeStaffToken, SESSION_RULES, STAFF_TOKEN_PREFIX } from './session-policy';
export { type RegistrationPayload, type RegistrationStarted, startRegistration } from './start-registration';
