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
