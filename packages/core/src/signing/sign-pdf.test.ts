import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Principal } from '../identity';
import { DomainError, fixedClock } from '../shared';
import { signPdf } from './sign-pdf';
import type { DocumentSigner, SigningCertificatesRepository } from './signing.ports';
import type { CertificateHolder, SignatureRequest, SigningCertificate } from './signing.types';

const NOW = '2026-12-10T09:30:00Z';

const doctor: Principal = {
  accountId: 'account-1',
  sessionId: 'session-1',
  transport: 'cookie',
  stage: 'full',
  displayName: 'Ирина Васильева',
  patientId: null,
  practitionerId: 'practitioner-1',
  roles: [{ role: 'doctor', organizationId: 'clinic-1' }],
  csrfToken: null,
};
const registrar: Principal = {
  ...doctor,
  practitionerId: null,
  roles: [{ role: 'registrar', organizationId: 'clinic-1' }],
};

const certificateOf = (holder: CertificateHolder, overrides: Partial<SigningCertificate> = {}) => ({
  id: `certificate-of-${holder.id}`,
  holder,
  subject: {
    commonName: holder.kind === 'practitioner' ? 'Васильева Ирина Петровна' : 'ГП № 1',
    organization: 'ГП № 1',
  },
  serial: holder.kind === 'practitioner' ? '1a2b' : '3c4d',
  issuer: 'Talon Demo CA',
  validFrom: new Date('2026-01-01T00:00:00Z'),
  validTo: new Date('2027-04-01T00:00:00Z'),
  revokedAt: null,
  ...overrides,
});

/** Certificates in memory, and a signer that appends a marker naming what it was asked, so tests can read it. */
function setUp(certificates: SigningCertificate[]) {
  const requests: SignatureRequest[] = [];
  const repository: SigningCertificatesRepository = {
    listForHolder: async (holder) =>
      certificates.filter((c) => c.holder.kind === holder.kind && c.holder.id === holder.id),
    findBySerial: async (serial) => certificates.find((c) => c.serial === serial) ?? null,
  };
  const signer: DocumentSigner = {
    async sign(pdf, request) {
      requests.push(request);
      return new Uint8Array([...pdf, ...new TextEncoder().encode(`\n%signed by ${request.certificateId}`)]);
    },
  };
  return { deps: { certificates: repository, signer, clock: fixedClock(NOW) }, requests };
}

const PDF = new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n');
const input = { pdf: PDF, reason: 'Выписной эпикриз', location: 'ГП № 1, Москва' };

const codeOf = async (promise: Promise<unknown>) => {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  return (error as DomainError).code;
};

describe('signPdf', () => {
  it('signs with the practitioner’s own certificate and returns the facts a document keeps', async () => {
    const own = certificateOf({ kind: 'practitioner', id: 'practitioner-1' });
    const { deps, requests } = setUp([own, certificateOf({ kind: 'practitioner', id: 'practitioner-2' })]);
    const signed = await signPdf(deps, doctor, input);
    expect(requests).toEqual([
      {
        certificateId: own.id,
        signerName: 'Васильева Ирина Петровна',
        reason: 'Выписной эпикриз',
        location: 'ГП № 1, Москва',
        signingTime: new Date(NOW),
      },
    ]);
    expect(new TextDecoder().decode(signed.pdf)).toContain(`%signed by ${own.id}`);
    expect(signed.sha256).toBe(createHash('sha256').update(signed.pdf).digest('hex'));
    expect(signed).toMatchObject({
      signerName: 'Васильева Ирина Петровна',
      signedAt: new Date(NOW),
      certificate: { id: own.id, serial: '1a2b', holder: { kind: 'practitioner', id: 'practitioner-1' } },
    });
  });

  it('signs for the system with the organisation’s certificate', async () => {
    const clinic = certificateOf({ kind: 'organization', id: 'clinic-1' });
    const { deps, requests } = setUp([clinic, certificateOf({ kind: 'practitioner', id: 'practitioner-1' })]);
    const signed = await signPdf(deps, null, { ...input, organizationId: 'clinic-1' });
    expect(requests.map((r) => r.certificateId)).toEqual([clinic.id]);
    expect(signed.certificate.holder).toEqual({ kind: 'organization', id: 'clinic-1' });
  });

  it('never lets a practitioner sign with the clinic’s certificate', async () => {
    const { deps, requests } = setUp([certificateOf({ kind: 'organization', id: 'clinic-1' })]);
    expect(await codeOf(signPdf(deps, doctor, { ...input, organizationId: 'clinic-1' }))).toBe(
      'SIGNING_CERTIFICATE_MISSING',
    );
    expect(requests).toEqual([]);
  });

  it('refuses someone signed in who is not a practitioner, and the system without an organisation', async () => {
    const { deps } = setUp([certificateOf({ kind: 'organization', id: 'clinic-1' })]);
    expect(await codeOf(signPdf(deps, registrar, { ...input, organizationId: 'clinic-1' }))).toBe(
      'SIGNING_PRACTITIONER_REQUIRED',
    );
    expect(await codeOf(signPdf(deps, null, input))).toBe('SIGNING_ORGANIZATION_REQUIRED');
  });

  it('refuses an expired or revoked certificate without calling the signer', async () => {
    const holder = { kind: 'practitioner', id: 'practitioner-1' } as const;
    const expired = setUp([certificateOf(holder, { validTo: new Date('2026-12-01T00:00:00Z') })]);
    expect(await codeOf(signPdf(expired.deps, doctor, input))).toBe('SIGNING_CERTIFICATE_EXPIRED');
    const revoked = setUp([certificateOf(holder, { revokedAt: new Date('2026-12-10T09:00:00Z') })]);
    expect(await codeOf(signPdf(revoked.deps, doctor, input))).toBe('SIGNING_CERTIFICATE_REVOKED');
    expect([...expired.requests, ...revoked.requests]).toEqual([]);
  });

  it('refuses bytes that are not a PDF', async () => {
    const { deps, requests } = setUp([certificateOf({ kind: 'practitioner', id: 'practitioner-1' })]);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(await codeOf(signPdf(deps, doctor, { ...input, pdf: png }))).toBe('SIGNING_PDF_INVALID');
    expect(requests).toEqual([]);
  });
});
