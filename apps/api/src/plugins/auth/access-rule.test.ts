import type { Principal } from '@talon/core/identity';
import { describe, expect, it } from 'vitest';
import { judgeAccess, optionalPrincipal } from './access-rule';

const principal = (stage: Principal['stage']): Principal => ({
  accountId: 'a',
  sessionId: 's',
  transport: 'bearer',
  stage,
  displayName: 'x',
  patientId: 'p',
  practitionerId: null,
  roles: [{ role: 'patient', organizationId: null }],
  csrfToken: null,
});

describe('the optional access rule', () => {
  it('lets anonymous callers and every session through', () => {
    expect(judgeAccess('optional', null)).toBe('allow');
    for (const stage of ['full', 'mfa_pending', 'mfa_setup'] as const) {
      expect(judgeAccess('optional', principal(stage))).toBe('allow');
    }
  });

  it('sees only a full session; a half-open login is anonymous', () => {
    expect(optionalPrincipal(principal('full'))?.sessionId).toBe('s');
    expect(optionalPrincipal(principal('mfa_pending'))).toBeNull();
    expect(optionalPrincipal(principal('mfa_setup'))).toBeNull();
    expect(optionalPrincipal(null)).toBeNull();
  });

  it('differs from authenticated, which refuses anonymous callers', () => {
    expect(judgeAccess('authenticated', null)).toBe('unauthenticated');
  });
});
