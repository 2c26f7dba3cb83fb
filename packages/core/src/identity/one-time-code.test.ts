import { describe, expect, it } from 'vitest';
import type { OneTimeCode } from './identity.types';
import { CODE_RULES, checkCode, checkResend } from './one-time-code';

const now = new Date('2026-11-22T10:00:00Z');
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);
const code = (overrides: Partial<OneTimeCode> = {}): OneTimeCode => ({
  id: 'c1',
  purpose: 'registration',
  subjectId: 's1',
  channel: 'sms',
  codeHash: 'h',
  attempts: 0,
  createdAt: minutesAgo(1),
  expiresAt: new Date(now.getTime() + 9 * 60_000),
  consumedAt: null,
  diedAt: null,
  ...overrides,
});

describe('checkCode (docs/domain.md rule 12)', () => {
  it('accepts the right code while it is fresh', () => {
    expect(checkCode(code(), true, now)).toEqual({ ok: true });
  });

  it('counts wrong entries and kills the code at the third', () => {
    expect(checkCode(code(), false, now)).toEqual({
      ok: false,
      reason: 'wrong',
      attemptsLeft: 2,
      isDead: false,
    });
    expect(checkCode(code({ attempts: 2 }), false, now)).toEqual({
      ok: false,
      reason: 'wrong',
      attemptsLeft: 0,
      isDead: true,
    });
  });

  it('refuses even the right code once dead, until the cool-down ends', () => {
    const dead = code({ attempts: 3, diedAt: minutesAgo(5) });
    expect(checkCode(dead, true, now)).toEqual({ ok: false, reason: 'blocked', retryAfterSeconds: 10 * 60 });
  });

  it('refuses an expired or used code', () => {
    expect(checkCode(code({ expiresAt: now }), true, now)).toEqual({ ok: false, reason: 'expired' });
    expect(checkCode(code({ consumedAt: minutesAgo(0) }), true, now)).toEqual({
      ok: false,
      reason: 'consumed',
    });
  });
});

describe('checkResend', () => {
  it('allows the first code and one a minute after the last', () => {
    expect(checkResend([], now)).toEqual({ ok: true });
    expect(checkResend([code({ createdAt: minutesAgo(0.5) })], now)).toEqual({
      ok: false,
      reason: 'too_soon',
      retryAfterSeconds: 30,
    });
    expect(checkResend([code({ createdAt: minutesAgo(1) })], now)).toEqual({ ok: true });
  });

  it('allows at most five codes an hour', () => {
    const five = [2, 10, 20, 30, 40].map((m) => code({ createdAt: minutesAgo(m) }));
    expect(checkResend(five, now)).toMatchObject({
      ok: false,
      reason: 'too_soon',
      retryAfterSeconds: 20 * 60,
    });
    expect(five).toHaveLength(CODE_RULES.maxSendsPerHour);
  });

  it('sends nothing during the cool-down of a dead code', () => {
    expect(checkResend([code({ diedAt: minutesAgo(3), createdAt: minutesAgo(4) })], now)).toMatchObject({
      ok: false,
      reason: 'blocked',
    });
  });
});
