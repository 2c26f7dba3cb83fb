import { generateKeyPairSync, X509Certificate } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { certificateFromPem, certificateToPem, issueCertificate, readCertificate } from './certificates';
import { deriveDemoKey } from './demo-keys';

const secret = Buffer.alloc(32, 1);
const authorityKey = deriveDemoKey(secret, 'authority');
const authorityName = { commonName: 'Talon Demo CA (не для реального использования)', organization: 'Талон' };
const authority = issueCertificate({
  subject: authorityName,
  subjectKey: authorityKey,
  issuer: null,
  serial: '4f01',
  validFrom: new Date('2020-01-01T00:00:00Z'),
  validTo: new Date('2050-01-01T00:00:00Z'),
  isAuthority: true,
});
const doctor = {
  commonName: 'Васильева Ирина Петровна',
  surname: 'Васильева',
  givenName: 'Ирина Петровна',
  title: 'врач-терапевт',
  organization: 'ГБУЗ «Городская поликлиника № 1»',
};
const issueFor = (subjectKey: Parameters<typeof issueCertificate>[0]['subjectKey'], serial: string) =>
  issueCertificate({
    subject: doctor,
    subjectKey,
    issuer: { name: authorityName, privateKey: authorityKey },
    serial,
    validFrom: new Date('2026-01-01T00:00:00Z'),
    validTo: new Date('2027-04-01T00:00:00Z'),
    isAuthority: false,
  });

describe('issueCertificate', () => {
  it('issues a root and a signer certificate that OpenSSL (node) verifies as a chain', () => {
    const leaf = new X509Certificate(Buffer.from(issueFor(deriveDemoKey(secret, 'doctor'), 'c0ffee')));
    const root = new X509Certificate(Buffer.from(authority));
    expect(root.ca).toBe(true);
    expect(root.verify(root.publicKey)).toBe(true);
    expect(leaf.ca).toBe(false);
    expect(leaf.checkIssued(root)).toBe(true);
    expect(leaf.verify(root.publicKey)).toBe(true);
    // The top bit of c0 would make the INTEGER negative; a leading zero byte keeps the serial positive.
    expect(leaf.serialNumber).toBe('C0FFEE');
    expect(readCertificate(new Uint8Array(leaf.raw)).serial).toBe('c0ffee');
  });

  it('writes Cyrillic names as UTF-8 and reads them back with the serial and validity', () => {
    const der = issueFor(deriveDemoKey(secret, 'doctor'), '1a2b3c');
    expect(new X509Certificate(Buffer.from(der)).subject).toContain('CN=Васильева Ирина Петровна');
    expect(readCertificate(der)).toMatchObject({
      commonName: 'Васильева Ирина Петровна',
      organization: 'ГБУЗ «Городская поликлиника № 1»',
      issuerCommonName: 'Talon Demo CA (не для реального использования)',
      serial: '1a2b3c',
      validFrom: new Date('2026-01-01T00:00:00Z'),
      validTo: new Date('2027-04-01T00:00:00Z'),
    });
  });

  it('certifies an RSA key too, and keeps a certificate through PEM', () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const der = issueFor(privateKey, '77');
    expect(
      new X509Certificate(Buffer.from(der)).verify(new X509Certificate(Buffer.from(authority)).publicKey),
    ).toBe(true);
    const pem = certificateToPem(der);
    expect(pem).toMatch(/^-----BEGIN CERTIFICATE-----\n/);
    expect(Buffer.from(certificateFromPem(pem)).equals(Buffer.from(der))).toBe(true);
  });
});
