/**
 * The caller of a machine-to-machine request (issue 14): an integration client authenticated by an OAuth 2.0
 * access token (client credentials). It is not a person and has no session: it acts for its organisation
 * within the SMART v2 scopes the token grants. FHIR and HL7 use cases take it as their principal; the audit
 * log names it by `clientId` (rule 29).
 */
export interface ClientPrincipal {
  kind: 'client';
  clientId: string;
  /** The token's id (`jti`), so a call is traced to the token that made it. */
  tokenId: string;
  /** The organisation the client belongs to (a regional MIS, a laboratory, a pharmacy); null: region-wide. */
  organizationId: string | null;
  /** The granted scopes, SMART v2 system scopes such as `system/Slot.rs`. */
  scopes: readonly string[];
}

/** SMART v2 permissions, in their canonical order: create, read, update, delete, search. */
export type ScopePermission = 'c' | 'r' | 'u' | 'd' | 's';
const PERMISSION_ORDER: readonly ScopePermission[] = ['c', 'r', 'u', 'd', 's'];

export interface SystemScope {
  /** A FHIR resource type, or `*` for all. */
  resourceType: string;
  permissions: ReadonlySet<ScopePermission>;
}

const SCOPE_PATTERN = /^system\/(\*|[A-Z][A-Za-z]+)\.(c?r?u?d?s?)$/;

/** Parses `system/Slot.rs`; null for anything else (user/patient scopes, v1 `.read`, wrong order, empty). */
export function parseSystemScope(scope: string): SystemScope | null {
  const match = SCOPE_PATTERN.exec(scope);
  if (!match?.[1] || !match[2]) return null;
  return {
    resourceType: match[1],
    permissions: new Set(match[2].split('') as ScopePermission[]),
  };
}

export function formatSystemScope(resourceType: string, permissions: Iterable<ScopePermission>): string {
  const held = new Set(permissions);
  return `system/${resourceType}.${PERMISSION_ORDER.filter((p) => held.has(p)).join('')}`;
}

/** Whether the granted scopes allow `permission` on `resourceType` (a `system/*.…` scope covers every type). */
export function scopesAllow(
  scopes: readonly string[],
  resourceType: string,
  permission: ScopePermission,
): boolean {
  return scopes.some((scope) => {
    const parsed = parseSystemScope(scope);
    return (
      parsed !== null &&
      (parsed.resourceType === '*' || parsed.resourceType === resourceType) &&
      parsed.permissions.has(permission)
    );
  });
}

/**
 * The scopes a token gets: each requested scope cut down to what the client is allowed (requested ∩ allowed,
 * permission by permission). A request without scopes gets everything allowed. Unparsable or fully refused
 * scopes are dropped; the result is sorted and without repeats.
 */
export function grantScopes(requested: readonly string[], allowed: readonly string[]): string[] {
  const wanted = requested.length > 0 ? requested : allowed;
  const granted = new Set<string>();
  for (const scope of wanted) {
    const parsed = parseSystemScope(scope);
    if (!parsed) continue;
    const permissions = [...parsed.permissions].filter((permission) =>
      parsed.resourceType === '*'
        ? allowed.some((a) => {
            const allowedScope = parseSystemScope(a);
            return allowedScope?.resourceType === '*' && allowedScope.permissions.has(permission);
          })
        : scopesAllow(allowed, parsed.resourceType, permission),
    );
    if (permissions.length > 0) granted.add(formatSystemScope(parsed.resourceType, permissions));
  }
  return [...granted].sort();
}

/** The actor fields of an audit entry written for an integration client: no account, the client named. */
export function clientAuditActor(client: ClientPrincipal): {
  actorAccountId: null;
  actorRole: 'integration_client';
  details: { clientId: string; tokenId: string };
} {
  return {
    actorAccountId: null,
    actorRole: 'integration_client',
    details: { clientId: client.clientId, tokenId: client.tokenId },
  };
}

/**
 * The result of authenticating a bearer token of a machine call: the client, or why not — 401 for a missing
 * or invalid (unknown, expired, revoked) token, 429 with `Retry-After` when the client exceeds its rate.
 */
export type ClientAuthentication =
  | { ok: true; client: ClientPrincipal }
  | { ok: false; error: 'missing_token' | 'invalid_token' }
  | { ok: false; error: 'rate_limited'; retryAfterSeconds: number };

/** Authenticates the `Authorization` header of a FHIR or HL7 request (built by the OAuth module). */
export type ClientAuthenticator = (authorization: string | undefined) => Promise<ClientAuthentication>;

/** One machine call, as the audit log keeps it (never the body: it may hold medical data). */
export interface ClientCall {
  interaction:
    | 'read'
    | 'search'
    | 'create'
    | 'update'
    | 'patch'
    | 'delete'
    | 'operation'
    | 'transaction'
    | 'hl7';
  resourceType: string | null;
  resourceId: string | null;
  /** The person whose data the call touched, when one did. */
  subjectPatientId: string | null;
  outcome: 'success' | 'failure' | 'denied';
  /** The HTTP status answered. */
  status: number;
}

/** Writes the audit entry of a machine call (action `fhir.call`, the client as actor). */
export type ClientCallRecorder = (client: ClientPrincipal, call: ClientCall) => Promise<void>;
