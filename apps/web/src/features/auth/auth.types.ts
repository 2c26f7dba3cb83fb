import type { ApiRequestBody, ApiResponse, ApiSchema } from '../../shared/api-client';

// The identity answers as the API describes them (`npm run api:types`).
export type TMe = ApiSchema<'Me'>;
export type TSession = ApiSchema<'Session'>;
export type TLoginResponse = ApiSchema<'LoginResponse'>;
export type TRegisterRequest = ApiSchema<'RegisterRequestInput'>;
export type TRegisterResponse = ApiSchema<'RegisterResponse'>;
export type TMfaMethod = ApiSchema<'MfaMethod'>;
export type TLoginMfaRequest = ApiRequestBody<'/api/v1/auth/login/mfa'>;
export type TPasswordResetResponse = ApiSchema<'PasswordResetResponse'>;
export type TTotpEnrolment = ApiSchema<'TotpEnrolment'>;
export type TRecoveryCodes = ApiSchema<'RecoveryCodes'>;
export type TRole = TMe['roles'][number]['role'];
export type TLoginStatus = TLoginResponse['status'];
/** `GET /auth/oidc`: login through the external identity provider is on, under this name. */
export type TExternalProvider = ApiResponse<'/api/v1/auth/oidc'>;
