import { describe, expect, it } from 'vitest';
import {
  certificateStatusAt,
  chooseSigningCertificate,
  isCertificateUsable,
  isPdf,
} from './certificate-rules';

const certificate = (id: string, validFrom: string, validTo: string, revokedAt: string | null = null) => ({
  id,
  validFrom: new Date(validFrom),
  validTo: new Date(validTo),
  revokedAt: revokedAt === null ? null : new Date(revokedAt),
});

const at = (iso: string) => new Date(iso);

describe('certificateStatusAt', () => {
  const current = certificate('c', '2026-01-01T00:00:00Z', '2027-04-01T00:00:00Z');

  it('is usable inside its validity, both bounds included', () => {
    expect(certificateStatusAt(current, at('2026-06-01T00:00:00Z'))).toBe('usable');
    expect(certificateStatusAt(current, at('2026-01-01T00:00:00Z'))).toBe('usable');
    expect(certificateStatusAt(current, at('2027-04-01T00:00:00Z'))).toBe('usable');
  });

  it('is not yet valid before it begins and expired after it ends', () => {
    expect(certificateStatusAt(current, at('2025-12-31T23:59:59Z'))).toBe('not_yet_valid');
    expect(certificateStatusAt(current, at('2027-04-01T00:00:01Z'))).toBe('expired');
  });

  it('is revoked from the moment of revocation on, not before it', () => {
    const revoked = certificate('r', '2026-01-01T00:00:00Z', '2027-04-01T00:00:00Z', '2026-06-01T12:00:00Z');
    expect(certificateStatusAt(revoked, at('2026-06-01T11:59:59Z'))).toBe('usable');
    expect(certificateStatusAt(revoked, at('2026-06-01T12:00:00Z'))).toBe('revoked');
    // Revocation is said before expiry: the holder must know the key is no longer theirs to use.
    expect(certificateStatusAt(revoked, at('2028-01-01T00:00:00Z'))).toBe('revoked');
  });

  it('isCertificateUsable answers for usable only', () => {
    expect(isCertificateUsable(current, at('2026-06-01T00:00:00Z'))).toBe(true);
    expect(isCertificateUsable(current, at('2028-01-01T00:00:00Z'))).toBe(false);
  });
});

describe('chooseSigningCertificate', () => {
  const old = certificate('old', '2025-01-01T00:00:00Z', '2026-04-01T00:00:00Z');
  const renewed = certificate('renewed', '2026-03-01T00:00:00Z', '2027-06-01T00:00:00Z');

  it('takes the usable certificate that began last', () => {
    expect(chooseSigningCertificate([old, renewed], at('2026-03-15T00:00:00Z'))).toEqual({
      certificate: renewed,
    });
    expect(chooseSigningCertificate([renewed, old], at('2026-02-15T00:00:00Z'))).toEqual({
      certificate: old,
    });
  });

  it('falls back to an older usable certificate when the newest is revoked', () => {
    const revokedNew = { ...renewed, revokedAt: at('2026-03-10T00:00:00Z') };
    expect(chooseSigningCertificate([old, revokedNew], at('2026-03-15T00:00:00Z'))).toEqual({
      certificate: old,
    });
  });

  it('refuses with the reason of the newest certificate when none is usable', () => {
    expect(chooseSigningCertificate([old, renewed], at('2027-07-01T00:00:00Z'))).toEqual({
      refusal: 'SIGNING_CERTIFICATE_EXPIRED',
    });
    expect(chooseSigningCertificate([renewed], at('2026-01-01T00:00:00Z'))).toEqual({
      refusal: 'SIGNING_CERTIFICATE_NOT_YET_VALID',
    });
    const revokedNew = { ...renewed, revokedAt: at('2026-03-10T00:00:00Z') };
    expect(chooseSigningCertificate([old, revokedNew], at('2026-05-01T00:00:00Z'))).toEqual({
      refusal: 'SIGNING_CERTIFICATE_REVOKED',
    });
  });

  it('says the certificate is missing when the holder has none', () => {
    expect(chooseSigningCertificate([], at('2026-05-01T00:00:00Z'))).toEqual({
      refusal: 'SIGNING_CERTIFICATE_MISSING',
    });
  });
});

describe('isPdf', () => {
  it('knows a PDF by its header, not by what follows', () => {
    expect(isPdf(new TextEncoder().encode('%PDF-1.7\n%âãÏÓ'))).toBe(true);
    expect(isPdf(new TextEncoder().encode('%PDF-'))).toBe(false);
    expect(isPdf(new TextEncoder().encode('<html>%PDF-1.7'))).toBe(false);
    expect(isPdf(new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).toBe(false);
  });
});
