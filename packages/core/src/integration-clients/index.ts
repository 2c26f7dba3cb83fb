// Integration clients (issue 14): machine clients of the FHIR and HL7 interfaces, OAuth 2.0 client
// credentials, SMART v2 system scopes.
export type * from './client-principal';
export {
  clientAuditActor,
  formatSystemScope,
  grantScopes,
  parseSystemScope,
  scopesAllow,
} from './client-principal';
export {
  CLIENT_NAME_MAX,
  isAllowedJwksUrl,
  isPublicJwks,
  parseBasicCredentials,
  parseBearerToken,
  type ValidClientDraft,
} from './client-rules';
export { IntegrationClientsErrorCode } from './integration-clients.errors';
export type * from './integration-clients.ports';
export type * from './integration-clients.types';
export {
  ASSERTION_ALGORITHMS,
  ASSERTION_MAX_LIFETIME_SECONDS,
  CLIENT_AUTH_METHODS,
  CLIENT_STATUSES,
  JWT_BEARER_ASSERTION_TYPE,
  SMART_SCOPES_SUPPORTED,
  TOKEN_LIFETIME_SECONDS,
} from './integration-clients.types';
export { integrationClientsUseCases } from './integration-clients.use-cases';
