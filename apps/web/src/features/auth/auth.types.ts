import type {
  TLoginResponse,
  TMe,
  TRegisterRequest,
  TSession,
  ZLoginMfaRequest,
  ZMfaMethod,
  ZPasswordResetResponse,
  ZRecoveryCodes,
  ZRegisterResponse,
  ZTotpEnrolment,
  z,
} from '@talon/contracts';

// The identity contracts, as types only: zod itself stays out of the browser bundle.
export type { TLoginResponse, TMe, TRegisterRequest, TSession };
export type TRegisterResponse = z.infer<typeof ZRegisterResponse>;
export type TMfaMethod = z.infer<typeof ZMfaMethod>;
export type TLoginMfaRequest = z.infer<typeof ZLoginMfaRequest>;
export type TPasswordResetResponse = z.infer<typeof ZPasswordResetResponse>;
export type TTotpEnrolment = z.infer<typeof ZTotpEnrolment>;
export type TRecoveryCodes = z.infer<typeof ZRecoveryCodes>;
export type TRole = TMe['roles'][number]['role'];
export type TLoginStatus = TLoginResponse['status'];

/** `GET /me/sessions`. */
export interface SessionList {
  items: TSession[];
}

/** `GET /auth/consent`: the consent to the processing of personal data in force, with its version. */
export interface TConsentText {
  version: string;
  text: string;
}

/** `GET /auth/oidc`: login through the external identity provider is on, under this name. */
export interface TExternalProvider {
  enabled: boolean;
  providerName: string;
}
