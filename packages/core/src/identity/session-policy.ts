import { isStaff, type RoleGrant, type Session } from './identity.types';

/** docs/domain.md rule 15: idle timeout 30 min for patients, 15 min for staff; 12 h absolute lifetime. */
export const SESSION_RULES = {
  patientIdleSeconds: 30 * 60,
  staffIdleSeconds: 15 * 60,
  absoluteSeconds: 12 * 3600,
  /** A half-finished login (waiting for the second factor) lives only this long. */
  mfaPendingSeconds: 10 * 60,
  /** `last_seen_at` is written at most this often, so reads do not turn into writes. */
  touchIntervalSeconds: 60,
} as const;

export const idleTimeoutFor = (roles: readonly RoleGrant[]): number =>
  isStaff(roles) ? SESSION_RULES.staffIdleSeconds : SESSION_RULES.patientIdleSeconds;

/**
 * Staff sessions' tokens start with this (base64url never holds a dot). The waiting room's gate runs before
 * any database read; at 8:00 it refuses hundreds of citizens a second, and reading each one's session only to
 * learn they are not staff was a statement per refusal. The prefix is a hint, never a grant: a request that
 * bears it still has its session read, and only its roles let it through.
 */
export const STAFF_TOKEN_PREFIX = 'st.';

/** A session's token for an account with these roles: a fresh secret, marked when the account is staff. */
export const sessionTokenFor = (roles: readonly RoleGrant[], secret: string): string =>
  isStaff(roles) ? `${STAFF_TOKEN_PREFIX}${secret}` : secret;

export const mayBeStaffToken = (token: string): boolean => token.startsWith(STAFF_TOKEN_PREFIX);

export type SessionState = 'alive' | 'ended' | 'expired' | 'idle';

export function sessionState(session: Session, now: Date): SessionState {
  if (session.endedAt) return 'ended';
  if (session.expiresAt <= now) return 'expired';
  if (session.lastSeenAt.getTime() + session.idleTimeoutSeconds * 1000 <= now.getTime()) return 'idle';
  return 'alive';
}

export const needsTouch = (session: Session, now: Date): boolean =>
  now.getTime() - session.lastSeenAt.getTime() >= SESSION_RULES.touchIntervalSeconds * 1000;
