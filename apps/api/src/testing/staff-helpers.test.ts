import { Secret, TOTP } from 'otpauth';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { freshTotpCode } from './staff-helpers';

const totp = () => new TOTP({ secret: new Secret(), digits: 6, period: 30 });
const codeAt = (t: TOTP, step: number) => t.generate({ timestamp: step * 30_000 });

describe('freshTotpCode', () => {
  afterEach(() => vi.useRealTimers());

  it('starts at the step before the current one, then takes each next step once', async () => {
    vi.useFakeTimers({ now: 1_000 * 30_000 + 5_000 });
    const t = totp();
    expect(await freshTotpCode(t)).toBe(codeAt(t, 999));
    expect(await freshTotpCode(t)).toBe(codeAt(t, 1_000));
    expect(await freshTotpCode(t)).toBe(codeAt(t, 1_001));
  });

  it('skips the previous step close to the next one, where it would age out on the way', async () => {
    vi.useFakeTimers({ now: 1_000 * 30_000 + 25_000 });
    const t = totp();
    expect(await freshTotpCode(t)).toBe(codeAt(t, 1_000));
  });
});
