import { execFile } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { loadConfig } from '@talon/config';
import type { Principal } from '@talon/core/identity';
import { DomainError } from '@talon/core/shared';
import { createFieldCipher, inspectSignature, issueDemoCertificates, openPdf } from '@talon/db';
import { buildSigningDoctor, revokeOrganizationCertificates } from '@talon/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app';

/**
 * Issue 12: documents and prescriptions carry PAdES signatures that a standard tool verifies. Here the real
 * app signs a Cyrillic pdfkit document through `services.signing` (certificates and keys from the database,
 * Talon's local signer) and poppler's `pdfsig` checks it; `scripts/ensure-system-deps.sh` installs pdfsig
 * (poppler-utils) and certutil (libnss3-tools) where they are missing.
 */

const run = promisify(execFile);
/**
 * pdfsig's report, in UTC so that the signing time reads the same on every machine. The demo certificates
 * name no OCSP responder, so nothing is fetched; `-no-ocsp` is not given because poppler 22 then reports a
 * trusted chain as «Unknown issue with Certificate».
 */
const pdfsig = async (file: string, certificateStore: string) => {
  const args = ['-nssdir', certificateStore, file];
  const { stdout } = await run('pdfsig', args, { env: { ...process.env, TZ: 'UTC' } });
  return stdout;
};

const SIGNER = 'Соколова Мария Андреевна';
const CLINIC = 'ГБУЗ «Городская поликлиника № 7»';

let t: TestApp;
let directory: string;
let practitionerId: string;
let organizationId: string;
/** NSS certificate stores for pdfsig: one empty, one that trusts the demo CA. */
let untrusting: string;
let trusting: string;

const practitionerPrincipal = (id: string | null): Principal => ({
  accountId: '00000000-0000-4000-8000-000000000001',
  sessionId: '00000000-0000-4000-8000-000000000002',
  transport: 'cookie',
  stage: 'full',
  displayName: SIGNER,
  patientId: null,
  practitionerId: id,
  roles: [{ role: id ? 'nurse' : 'registrar', organizationId }],
  csrfToken: null,
});

/** A discharge summary as the documents of Talon are made: pdfkit with the DejaVu font, in Russian. */
async function dischargeSummary(): Promise<Buffer> {
  const { doc, done } = openPdf({ size: 'A4', margin: 50, info: { Title: 'Выписной эпикриз' } });
  doc.font('bold').fontSize(16).text('Выписной эпикриз');
  doc.font('regular').fontSize(11).text('Пациент: Иванов Иван Иванович, 12.03.1961 г. р.');
  doc.text('Диагноз: J18.9 Пневмония неуточнённая. Выписан в удовлетворительном состоянии.');
  doc.end();
  return done;
}

beforeAll(async () => {
  t = await createTestApp();
  directory = await mkdtemp(join(tmpdir(), 'talon-pdfsig-'));
  ({ practitionerId, organizationId } = await buildSigningDoctor(t.database.db, CLINIC));
  const cipher = createFieldCipher(loadConfig({ NODE_ENV: 'test' }).secrets);
  const issued = await issueDemoCertificates(t.database.db, cipher, {
    secret: Buffer.alloc(32, 21),
    label: 'pdfsig',
    holders: [
      { kind: 'practitioner', id: practitionerId, name: { commonName: SIGNER, organization: CLINIC } },
      { kind: 'organization', id: organizationId, name: { commonName: CLINIC, organization: CLINIC } },
    ],
  });
  untrusting = await certificateStore('untrusting');
  trusting = await certificateStore('trusting', issued.authority.certificatePem);
}, 60_000);

afterAll(async () => {
  await t?.close();
  if (directory) await rm(directory, { recursive: true, force: true });
});

/** A new NSS database in the test's folder, trusting `authorityPem` for signatures when given. */
async function certificateStore(name: string, authorityPem?: string): Promise<string> {
  const store = join(directory, name);
  await mkdir(store);
  await run('certutil', ['-N', '-d', `sql:${store}`, '--empty-password']);
  if (authorityPem) {
    const der = join(directory, `${name}-authority.der`);
    await writeFile(der, new X509Certificate(authorityPem).raw);
    await run('certutil', ['-A', '-d', `sql:${store}`, '-n', 'Talon Demo CA', '-t', 'CT,C,C', '-i', der]);
  }
  return store;
}

/** How pdfsig writes a signing time: `Dec 10 2026 09:30:00` (in UTC here). */
const pdfsigTime = (at: Date) => {
  const [, day, month, year, time] = at.toUTCString().split(' ');
  return `${month} ${day} ${year} ${time}`;
};

const save = async (name: string, pdf: Uint8Array) => {
  const file = join(directory, name);
  await writeFile(file, pdf);
  return file;
};

describe('PAdES signatures that pdfsig verifies', () => {
  it('[DOCTOR][DOCUMENT] a practitioner signs a discharge summary with their own certificate', async () => {
    const signed = await t.app.services.signing.sign(practitionerPrincipal(practitionerId), {
      pdf: await dischargeSummary(),
      reason: 'Выписной эпикриз',
      location: `${CLINIC}, Москва`,
    });
    const report = await pdfsig(await save('signed.pdf', signed.pdf), untrusting);
    expect(report).toContain('Signature Validation: Signature is Valid.');
    expect(report).toContain(`Signer Certificate Common Name: ${SIGNER}`);
    expect(report).toContain('Signature Type: ETSI.CAdES.detached');
    expect(report).toContain('Total document signed');
    expect(report).toContain(`Signing Time: ${pdfsigTime(signed.signedAt)}`);
    // The demo CA is no authority the system trusts: the chain is reported, the signature still valid.
    expect(report).toContain("Certificate Validation: Certificate issuer isn't Trusted.");
    expect(signed).toMatchObject({ signerName: SIGNER, certificate: { holder: { id: practitionerId } } });
    expect(inspectSignature(signed.pdf)).toMatchObject({ isIntact: true, signerName: SIGNER });
  });

  it('pdfsig sees one byte altered after signing', async () => {
    const signed = Buffer.from(
      (
        await t.app.services.signing.sign(practitionerPrincipal(practitionerId), {
          pdf: await dischargeSummary(),
          reason: 'Выписной эпикриз',
          location: null,
        })
      ).pdf,
    );
    signed[signed.indexOf('stream') + 20]! ^= 0x01; // a byte of the first page content stream
    const report = await pdfsig(await save('altered.pdf', signed), untrusting);
    expect(report).not.toContain('Signature is Valid');
    expect(report).toContain('Signature Validation: Digest Mismatch.');
  });

  it('pdfsig trusts the chain once the demo CA is in its certificate store', async () => {
    const signed = await t.app.services.signing.sign(null, {
      pdf: await dischargeSummary(),
      reason: 'Справка, сформированная системой',
      location: null,
      organizationId,
    });
    const report = await pdfsig(await save('server-signed.pdf', signed.pdf), trusting);
    expect(report).toContain('Signature Validation: Signature is Valid.');
    expect(report).toContain(`Signer Certificate Common Name: ${CLINIC}`);
    expect(report).toContain('Certificate Validation: Certificate is Trusted.');
  });

  it('refuses to sign with a revoked certificate, and someone who is not a practitioner', async () => {
    await revokeOrganizationCertificates(t.database.db, organizationId, new Date(Date.now() - 60_000));
    const codeOf = (promise: Promise<unknown>) =>
      promise.then(
        () => 'signed',
        (error: unknown) => (error instanceof DomainError ? error.code : String(error)),
      );
    const input = { pdf: await dischargeSummary(), reason: 'Справка', location: null, organizationId };
    expect(await codeOf(t.app.services.signing.sign(null, input))).toBe('SIGNING_CERTIFICATE_REVOKED');
    expect(await codeOf(t.app.services.signing.sign(practitionerPrincipal(null), input))).toBe(
      'SIGNING_PRACTITIONER_REQUIRED',
    );
  });
});
