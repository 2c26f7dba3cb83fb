import { ROLES } from '@talon/vocabulary';
import { ZSex } from './person.contract';
import { ZText, z } from './zod';

/**
 * Identity API: registration, login, second factor, sessions, password recovery. Field formats (SNILS,
 * phone, dates) are checked by the identity rules, which report every invalid field at once; here the
 * shapes only.
 */

export const ZRole = z.enum(ROLES).meta({ id: 'Role' });

const ZCode = z
  .string()
  .regex(/^\d{6}$/, { message: 'Код — 6 цифр' })
  .describe('One-time 6-digit code');
const ZPassword = z.string().min(1).max(256);

export const ZRegisterRequest = z
  .object({
    surname: ZText(100),
    name: ZText(100),
    patronymic: ZText(100).optional(),
    birthDate: ZText(10).describe('`дд.мм.гггг` or ISO `гггг-мм-дд`'),
    sex: ZSex,
    snils: ZText(20),
    oms: ZText(24).optional(),
    phone: ZText(24),
    email: ZText(254).optional(),
    password: ZPassword,
    consent: z.boolean().describe('Consent to the processing of personal data; must be `true`'),
  })
  .meta({ id: 'RegisterRequest' });
export type TRegisterRequest = z.infer<typeof ZRegisterRequest>;

export const ZRegisterResponse = z
  .object({
    registrationId: z.uuid(),
    codeSentTo: z.string().describe('Masked phone number, e.g. `+7 *** ***-45-67`'),
    expiresAt: z.iso.datetime({ offset: true }),
    resendAfter: z.iso.datetime({ offset: true }).describe('A new code may be requested from this moment'),
  })
  .meta({ id: 'RegisterResponse' });

export const ZRegisterConfirmRequest = z
  .object({ registrationId: z.uuid(), code: ZCode })
  .meta({ id: 'RegisterConfirmRequest' });

export const ZRegisterResendRequest = z
  .object({ registrationId: z.uuid() })
  .meta({ id: 'RegisterResendRequest' });

export const ZLoginRequest = z
  .object({
    login: ZText(254).describe('Phone, email or SNILS'),
    password: ZPassword,
    tokenType: z
      .enum(['cookie', 'bearer'])
      .default('cookie')
      .describe('`bearer` for native clients: the session token comes in `token` instead of a cookie'),
  })
  .meta({ id: 'LoginRequest' });
export type TLoginRequest = z.input<typeof ZLoginRequest>;

export const ZMfaMethod = z.enum(['totp', 'sms', 'recovery']).meta({ id: 'MfaMethod' });

export const ZMe = z
  .object({
    id: z.uuid(),
    displayName: z.string(),
    roles: z.array(z.object({ role: ZRole, organizationId: z.uuid().nullable() })),
    patientId: z.uuid().nullable(),
    practitionerId: z.uuid().nullable(),
    phone: z.string().nullable().describe('Masked'),
    email: z.string().nullable(),
    mfa: z.object({ totp: z.boolean(), sms: z.boolean(), required: z.boolean() }),
    session: z.object({
      id: z.uuid(),
      expiresAt: z.iso.datetime({ offset: true }).describe('Absolute end of the session'),
      idleTimeoutSeconds: z.number().int(),
    }),
    csrfToken: z
      .string()
      .nullable()
      .describe('Cookie sessions: send it back in `X-CSRF-Token` on every state-changing request'),
  })
  .meta({ id: 'Me' });
export type TMe = z.infer<typeof ZMe>;

export const ZLoginResponse = z
  .object({
    status: z
      .enum(['authenticated', 'mfa_required', 'mfa_setup_required'])
      .describe(
        '`mfa_required`: complete with `POST /api/v1/auth/login/mfa`; `mfa_setup_required`: staff must enrol a second factor first',
      ),
    mfaMethods: z.array(ZMfaMethod).describe('Second-factor methods the account can use'),
    token: z
      .string()
      .optional()
      .describe(
        "Bearer token (only when `tokenType` was `bearer`); opaque — a staff account's starts with `st.`, which grants nothing",
      ),
    csrfToken: z.string().nullable(),
    expiresAt: z.iso.datetime({ offset: true }),
    me: ZMe.nullable().describe('Who is logged in, once fully authenticated'),
  })
  .meta({ id: 'LoginResponse' });
export type TLoginResponse = z.infer<typeof ZLoginResponse>;

export const ZLoginMfaRequest = z
  .object({
    method: ZMfaMethod,
    code: z.string().regex(/^[\dA-Za-z-]{6,20}$/, { message: 'Неверный формат кода' }),
  })
  .meta({ id: 'LoginMfaRequest' });

export const ZSession = z
  .object({
    id: z.uuid(),
    current: z.boolean(),
    transport: z.enum(['cookie', 'bearer']),
    method: z.string(),
    createdAt: z.iso.datetime({ offset: true }),
    lastSeenAt: z.iso.datetime({ offset: true }),
    expiresAt: z.iso.datetime({ offset: true }),
    ip: z.string().nullable(),
    userAgent: z.string().nullable(),
  })
  .meta({ id: 'Session' });
export type TSession = z.infer<typeof ZSession>;

export const ZPasswordResetRequest = z.object({ login: ZText(254) }).meta({ id: 'PasswordResetRequest' });
export const ZPasswordResetResponse = z
  .object({
    resetId: z.uuid(),
    codeSentTo: z.string().describe('Masked destination when the account exists, a neutral text otherwise'),
  })
  .meta({ id: 'PasswordResetResponse' });
export const ZPasswordResetConfirmRequest = z
  .object({ resetId: z.uuid(), code: ZCode, password: ZPassword })
  .meta({ id: 'PasswordResetConfirmRequest' });

export const ZTotpEnrolment = z
  .object({
    secret: z.string().describe('Base32 secret for manual entry'),
    otpauthUri: z.string(),
    qrSvg: z.string().describe('SVG image of the otpauth URI'),
  })
  .meta({ id: 'TotpEnrolment' });
export const ZTotpConfirmRequest = z.object({ code: ZCode }).meta({ id: 'TotpConfirmRequest' });
export const ZRecoveryCodes = z
  .object({ recoveryCodes: z.array(z.string()).describe('Shown once; each works once') })
  .meta({ id: 'RecoveryCodes' });
export const ZSmsMfaRequest = z
  .object({
    enabled: z.boolean(),
    password: ZPassword.optional().describe('The account password: required to switch the SMS factor off'),
  })
  .meta({ id: 'SmsMfaRequest' });
export const ZPasswordConfirmRequest = z
  .object({ password: ZPassword })
  .meta({ id: 'PasswordConfirmRequest' });
export const ZChangePasswordRequest = z
  .object({ currentPassword: ZPassword, newPassword: ZPassword })
  .meta({ id: 'ChangePasswordRequest' });
