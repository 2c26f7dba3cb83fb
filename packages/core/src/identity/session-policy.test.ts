import { describe, expect, it } from 'vitest';
import type { Session } from './identity.types';
import { idleTimeoutFor, mayBeStaffToken, sessionState, sessionTokenFor } from './session-policy';

const start = new Date('2026-11-22T08:00:00Z');
const session = (overrides: Partial<Session> = {}): Session => ({
  id: 's',
  accountId: 'a',
  transport: 'cookie',
  csrfToken: 'c',
  mfaPending: false,
  method: 'password',
  idleTimeoutSeconds: 1800,
  createdAt: start,
  lastSeenAt: start,
  expiresAt: new Date(start.getTime() + 12 * 3600_000),
  endedAt: null,
  ip: null,
  userAgent: null,
  ...overrides,
});
const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);

describe('session timeouts (docs/domain.md rule 15)', () => {
  it('gives patients 30 idle minutes and staff 15', () => {
    expect(idleTimeoutFor([{ role: 'patient', organizationId: null }])).toBe(1800);
    expect(
      idleTimeoutFor([
        { role: 'patient', organizationId: null },
        { role: 'doctor', organizationId: 'o' },
      ]),
    ).toBe(900);
  });

  it('ends a session idle for its timeout, or past its absolute end, or ended', () => {
    expect(sessionState(session(), at(29))).toBe('alive');
    expect(sessionState(session(), at(30))).toBe('idle');
    expect(sessionState(session({ lastSeenAt: at(700) }), at(720))).toBe('expired');
    expect(sessionState(session({ endedAt: at(1) }), at(2))).toBe('ended');
  });
});

describe('the staff mark on session tokens (the waiting room reads only marked sessions)', () => {
  it('marks the tokens of staff accounts only, and a random token never looks marked', () => {
    const patient = sessionTokenFor([{ role: 'patient', organizationId: null }], 'secret');
    const doctor = sessionTokenFor(
      [
        { role: 'patient', organizationId: null },
        { role: 'doctor', organizationId: 'o' },
      ],
      'secret',
    );
    expect([patient, mayBeStaffToken(patient)]).toEqual(['secret', false]);
    expect([doctor, mayBeStaffToken(doctor)]).toEqual(['st.secret', true]);
    // base64url has no dot: an unmarked secret cannot start with the mark by chance.
    expect(mayBeStaffToken('c3Qu')).toBe(false);
  });
});
