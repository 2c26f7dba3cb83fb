/** How a client proves who it is at `POST /oauth/token` (RFC 6749 §2.3, RFC 7523; SMART Backend Services). */
export const CLIENT_AUTH_METHODS = ['client_secret_basic', 'private_key_jwt'] as const;
export type ClientAuthMethod = (typeof CLIENT_AUTH_METHODS)[number];

export const CLIENT_STATUSES = ['active', 'revoked'] as const;
export type ClientStatus = (typeof CLIENT_STATUSES)[number];

/** Seconds an access token lives (issue 14: short-lived); `expires_in` of the token answer. */
export const TOKEN_LIFETIME_SECONDS = 300;
/** The furthest a client assertion's `exp` may lie ahead (SMART Backend Services: no more than five minutes). */
export const ASSERTION_MAX_LIFETIME_SECONDS = 300;
/** `client_assertion_type` of `private_key_jwt` (RFC 7523 §2.2). */
export const JWT_BEARER_ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
/** Signature algorithms of client assertions: SMART's RS384 and ES384, and their 256-bit siblings. */
export const ASSERTION_ALGORITHMS = ['RS384', 'ES384', 'RS256', 'ES256'] as const;

/** A JSON Web Key Set, as a client registers it (public keys only). */
export interface PublicJwks {
  keys: Record<string, unknown>[];
}

/** Where a `private_key_jwt` client's public keys are: given inline, or at an https address. */
export type ClientKeys = { jwks: PublicJwks } | { jwksUrl: string };

/** An integration client as the admin sees it (never its secret or its hash). */
export interface IntegrationClient {
  id: string;
  name: string;
  organizationId: string | null;
  organizationName: string | null;
  allowedScopes: string[];
  authMethod: ClientAuthMethod;
  /** For `private_key_jwt`: the JWKS address, or null when the keys were given inline. */
  jwksUrl: string | null;
  status: ClientStatus;
  createdAt: Date;
  revokedAt: Date | null;
}

/** What the system admin fills in to register a client. */
export interface ClientDraft {
  name: string;
  organizationId?: string | null;
  allowedScopes: readonly string[];
  authMethod: ClientAuthMethod;
  jwks?: PublicJwks | null;
  jwksUrl?: string | null;
}

/** A client as the token endpoint needs it: how it authenticates, what it may ask for. */
export interface ClientCredentials {
  id: string;
  organizationId: string | null;
  allowedScopes: string[];
  authMethod: ClientAuthMethod;
  secretHash: string | null;
  keys: ClientKeys | null;
  status: ClientStatus;
}

/** The form fields of `POST /oauth/token` (RFC 6749 §4.4), with the Basic credentials when sent. */
export interface TokenRequest {
  grantType: string | undefined;
  scope: string | undefined;
  clientAssertionType: string | undefined;
  clientAssertion: string | undefined;
  /** From `Authorization: Basic` (client_secret_basic). */
  basic: { clientId: string; secret: string } | null;
  /** The `client_id` form field, when sent. */
  clientId: string | undefined;
  origin: { ip: string; userAgent: string | null };
}

/** RFC 6749 §5.2 error codes the token endpoint answers with (plus `rate_limited`, 429). */
export type OAuthErrorCode =
  | 'invalid_request'
  | 'invalid_client'
  | 'invalid_grant'
  | 'invalid_scope'
  | 'unsupported_grant_type'
  | 'rate_limited';

/** Why a request was refused, for the error description and the audit entry's reason. */
export type OAuthRefusalReason =
  | 'bad_request'
  | 'unsupported_grant_type'
  | 'no_credentials'
  | 'unknown_client'
  | 'wrong_secret'
  | 'wrong_method'
  | 'revoked'
  | 'bad_assertion'
  | 'assertion_too_long'
  | 'assertion_reused'
  | 'no_scope_allowed'
  | 'rate_limited';

export type TokenResult =
  | { ok: true; accessToken: string; expiresIn: number; scope: string; clientId: string }
  | { ok: false; error: OAuthErrorCode; reason: OAuthRefusalReason; retryAfterSeconds?: number };

/**
 * The scopes the smart-configuration document lists, and the demo client's allowed set: the directory and the
 * schedule, booking (create, update), the patient and the medical record (read, search; a document's PDF as
 * Binary), the results a laboratory and the dispensing a pharmacy send, and rest-hook subscriptions.
 */
export const SMART_SCOPES_SUPPORTED = [
  'system/Appointment.crus',
  'system/Binary.r',
  'system/Condition.rs',
  'system/Coverage.rs',
  'system/DiagnosticReport.crs',
  'system/DocumentReference.rs',
  'system/Encounter.rs',
  'system/HealthcareService.rs',
  'system/Immunization.rs',
  'system/Location.rs',
  'system/MedicationDispense.c',
  'system/MedicationRequest.rs',
  'system/Observation.crs',
  'system/Organization.rs',
  'system/Patient.rs',
  'system/Practitioner.rs',
  'system/PractitionerRole.rs',
  'system/Schedule.crus',
  'system/Slot.crus',
  'system/Subscription.crds',
] as const;
