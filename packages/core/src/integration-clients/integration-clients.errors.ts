/** Error codes of the integration clients' admin API (mapped to HTTP and Russian text by the API). */
export const IntegrationClientsErrorCode = {
  /** A field of the registration is missing or wrong (400, with the field). */
  INTEGRATION_CLIENT_INVALID: 'INTEGRATION_CLIENT_INVALID',
  /** An allowed scope is not a SMART v2 system scope such as `system/Slot.rs` (400). */
  INTEGRATION_CLIENT_SCOPE_INVALID: 'INTEGRATION_CLIENT_SCOPE_INVALID',
  /** The JWKS address is not https on a public host (http on loopback only in development and tests) (400). */
  INTEGRATION_CLIENT_JWKS_URL_INVALID: 'INTEGRATION_CLIENT_JWKS_URL_INVALID',
  /** The organisation named does not exist (400). */
  INTEGRATION_CLIENT_ORGANIZATION_UNKNOWN: 'INTEGRATION_CLIENT_ORGANIZATION_UNKNOWN',
  /** No integration client with this id (404). */
  INTEGRATION_CLIENT_NOT_FOUND: 'INTEGRATION_CLIENT_NOT_FOUND',
  /** Integration clients are the system admin's: a clinic admin is refused, and the refusal audited (403). */
  INTEGRATION_CLIENTS_SYSTEM_ADMIN_ONLY: 'INTEGRATION_CLIENTS_SYSTEM_ADMIN_ONLY',
} as const;
export type IntegrationClientsErrorCode =
  (typeof IntegrationClientsErrorCode)[keyof typeof IntegrationClientsErrorCode];
