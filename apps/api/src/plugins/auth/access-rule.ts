import type { Principal, Role } from '@talon/core/identity';

/**
 * Who may call a route, declared once in the route's `config.access` and enforced by the auth plugin.
 * - `public`: anyone;
 * - `optional`: anyone, but a full session presented is resolved, so the answer may adapt to the caller
 *   (slot search: channel, priority quota, age); a missing, expired or half-open session is anonymous;
 * - `mfa_pending`: a login waiting for its second factor (and nobody else);
 * - `session`: any live session, half-open ones included (log out);
 * - `enrolment`: a full session, or a staff session that must first enrol a second factor;
 * - `authenticated`: a full session;
 * - `{ roles }`: a full session holding one of the roles.
 * What a caller may do to a particular record is decided by the access policy (`@talon/core/access`).
 */
export type AccessRule =
  | 'public'
  | 'optional'
  | 'mfa_pending'
  | 'session'
  | 'enrolment'
  | 'authenticated'
  | { roles: readonly Role[] };

export type AccessVerdict = 'allow' | 'unauthenticated' | 'mfa_setup_required' | 'forbidden';

export function judgeAccess(rule: AccessRule, principal: Principal | null): AccessVerdict {
  if (rule === 'public' || rule === 'optional') return 'allow';
  if (!principal) return 'unauthenticated';
  if (rule === 'session') return 'allow';
  if (rule === 'mfa_pending') return principal.stage === 'mfa_pending' ? 'allow' : 'forbidden';
  if (principal.stage === 'mfa_pending') return 'unauthenticated';
  if (rule === 'enrolment') return 'allow';
  if (principal.stage === 'mfa_setup') return 'mfa_setup_required';
  if (rule === 'authenticated') return 'allow';
  return principal.roles.some((grant) => rule.roles.includes(grant.role)) ? 'allow' : 'forbidden';
}

/**
 * The caller an `optional` route sees: only a full session. A login still waiting for its second factor,
 * or a staff session that must enrol one, is treated as anonymous rather than refused.
 */
export function optionalPrincipal(principal: Principal | null): Principal | null {
  return principal?.stage === 'full' ? principal : null;
}
