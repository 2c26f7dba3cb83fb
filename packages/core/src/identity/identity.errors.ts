/**
 * Error codes of the identity module. The API maps each to an HTTP status and a Russian explanation in
 * apps/api/src/plugins/problem-details/domain-error-map.ts.
 */
export const IdentityErrorCode = {
  /** One or more registration fields are invalid (`fieldErrors` lists them). */
  INVALID_FIELDS: 'INVALID_FIELDS',
  CONSENT_REQUIRED: 'CONSENT_REQUIRED',
  WEAK_PASSWORD: 'WEAK_PASSWORD',
  COMMON_PASSWORD: 'COMMON_PASSWORD',
  /** The SNILS belongs to an existing account; whose is never said. */
  SNILS_ALREADY_REGISTERED: 'SNILS_ALREADY_REGISTERED',
  PHONE_ALREADY_REGISTERED: 'PHONE_ALREADY_REGISTERED',
  EMAIL_ALREADY_REGISTERED: 'EMAIL_ALREADY_REGISTERED',
  REGISTRATION_NOT_FOUND: 'REGISTRATION_NOT_FOUND',
  CODE_INVALID: 'CODE_INVALID',
  CODE_EXPIRED: 'CODE_EXPIRED',
  /** Three wrong entries: the code is dead and no new one is issued until the cool-down ends. */
  CODE_BLOCKED: 'CODE_BLOCKED',
  RESEND_TOO_SOON: 'RESEND_TOO_SOON',
  /**
   * Too many code requests for this phone or e-mail, from this address, or on the whole installation
   * (issue 15, item 4); the same answer whether or not an account exists.
   */
  CODE_REQUESTS_LIMITED: 'CODE_REQUESTS_LIMITED',
  /** Disabling the SMS factor or showing the full SNILS and policy asks for the password again. */
  PASSWORD_REQUIRED: 'PASSWORD_REQUIRED',
  INVALID_CREDENTIALS: 'INVALID_CREDENTIALS',
  LOGIN_THROTTLED: 'LOGIN_THROTTLED',
  ACCOUNT_BLOCKED: 'ACCOUNT_BLOCKED',
  MFA_NOT_PENDING: 'MFA_NOT_PENDING',
  MFA_METHOD_UNAVAILABLE: 'MFA_METHOD_UNAVAILABLE',
  MFA_ALREADY_ENABLED: 'MFA_ALREADY_ENABLED',
  MFA_ENROLMENT_NOT_STARTED: 'MFA_ENROLMENT_NOT_STARTED',
  /** Staff may not switch off their only second factor. */
  MFA_REQUIRED_FOR_STAFF: 'MFA_REQUIRED_FOR_STAFF',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  /** A staff session without a second factor may only enrol one. */
  MFA_SETUP_REQUIRED: 'MFA_SETUP_REQUIRED',
  CSRF_FAILED: 'CSRF_FAILED',
  FORBIDDEN: 'FORBIDDEN',
  SESSION_NOT_FOUND: 'SESSION_NOT_FOUND',
  PASSWORD_MISMATCH: 'PASSWORD_MISMATCH',
  /** The external identity provider has not confirmed the person's identity (ЕСИА: not a confirmed account). */
  EXTERNAL_IDENTITY_UNCONFIRMED: 'EXTERNAL_IDENTITY_UNCONFIRMED',
  /** The external identity carries no valid SNILS, so it cannot be matched to a patient. */
  EXTERNAL_IDENTITY_NO_SNILS: 'EXTERNAL_IDENTITY_NO_SNILS',
  /** No account holds the external identity's SNILS: register first (registration confirms the phone). */
  EXTERNAL_ACCOUNT_NOT_FOUND: 'EXTERNAL_ACCOUNT_NOT_FOUND',
} as const;

export type IdentityErrorCode = (typeof IdentityErrorCode)[keyof typeof IdentityErrorCode];
