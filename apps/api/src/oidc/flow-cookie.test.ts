import { describe, expect, it } from 'vitest';
import { createFlowSealer, FLOW_LIFETIME_SECONDS, safeNext } from './flow-cookie';
import { toExternalClaims } from './oidc-client';

const flow = { state: 's'.repeat(43), nonce: 'n'.repeat(43), codeVerifier: 'v'.repeat(43), next: '/account' };

describe('the OIDC flow cookie', () => {
  const sealer = createFlowSealer(Buffer.alloc(32, 1));

  it('opens what it sealed, and hides the contents', () => {
    const value = sealer.seal(flow, 1_000);
    expect(sealer.open(value, 2_000)).toEqual({ ...flow, expiresAt: 1_000 + FLOW_LIFETIME_SECONDS * 1000 });
    expect(Buffer.from(value, 'base64url').toString('latin1')).not.toContain('sss');
  });

  it('refuses a changed, truncated, foreign or expired value', () => {
    const value = sealer.seal(flow, 1_000);
    const flipped = Buffer.from(value, 'base64url');
    flipped[flipped.length - 1] = (flipped.at(-1) ?? 0) ^ 1;
    expect(sealer.open(flipped.toString('base64url'), 2_000)).toBeNull();
    expect(sealer.open(value.slice(0, 20), 2_000)).toBeNull();
    expect(createFlowSealer(Buffer.alloc(32, 2)).open(value, 2_000)).toBeNull();
    expect(sealer.open(value, 1_000 + FLOW_LIFETIME_SECONDS * 1000)).toBeNull();
    expect(sealer.open(undefined)).toBeNull();
  });
});

describe('safeNext', () => {
  it('keeps same-site paths', () => {
    expect(safeNext('/appointments?tab=future#x')).toBe('/appointments?tab=future#x');
  });

  it.each([
    undefined,
    '',
    'account',
    '//evil.example',
    '/\\evil.example',
    'https://evil.example/',
    'javascript:alert(1)',
    '/\tevil',
    `/${'a'.repeat(600)}`,
  ])('sends %j to /account', (next) => {
    expect(safeNext(next)).toBe('/account');
  });
});

describe('toExternalClaims', () => {
  const settings = { issuer: 'https://esia.example.ru/', snilsClaim: 'snils', verifiedClaim: 'trusted' };

  it('reads the SNILS and the confirmed flag from the configured claims', () => {
    expect(
      toExternalClaims(settings, {
        sub: 'x',
        snils: '112-233-445 95',
        trusted: true,
        family_name: 'Иванова',
      }),
    ).toEqual({
      provider: 'https://esia.example.ru/',
      subject: 'x',
      snils: '112-233-445 95',
      isConfirmed: true,
      surname: 'Иванова',
      name: null,
      patronymic: null,
    });
    expect(toExternalClaims(settings, { sub: 'x', snils: 11223344595, trusted: 'true' })).toMatchObject({
      snils: '11223344595',
      isConfirmed: true,
    });
  });

  it('treats anything but true as unconfirmed', () => {
    for (const trusted of [false, 'false', 1, 'yes', null, undefined, {}]) {
      expect(toExternalClaims(settings, { sub: 'x', trusted }).isConfirmed).toBe(false);
    }
    expect(toExternalClaims(settings, { sub: 'x', snils: { value: 1 } }).snils).toBeNull();
  });
});
