import { createTestDatabase } from '@talon/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../client';
import { createFieldCipher } from '../crypto/field-cipher';
import { createSigningCertificatesRepository } from '../repositories/signing/signing-certificates.repository';
import { createSigningKeysRepository } from '../repositories/signing/signing-keys.repository';
import { signingCertificates } from '../schema';
import { inspectSignature } from '../signing/inspect-signature';
import { createLocalPadesSigner } from '../signing/pades-signer';
import { cyrillicPdf } from '../testing/signing-fixtures';
import { listDemoAccounts, seedDatabase } from './index';

const keys = {
  encryptionKeys: new Map([['k1', Buffer.alloc(32, 11)]]),
  currentKeyId: 'k1',
  lookupKey: Buffer.alloc(32, 12),
};
const cipher = createFieldCipher(keys);

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
}, 60_000);
afterAll(() => handle?.close());

const serials = async () =>
  (await handle.db.select({ serial: signingCertificates.serial }).from(signingCertificates))
    .map((r) => r.serial)
    .sort();

describe('the demo certification authority of the seed', () => {
  it('issues the CA and certificates for the demo practitioners and every clinic; the doctor signs', {
    timeout: 120_000,
  }, async () => {
    const report = await seedDatabase(handle.db, { size: 'small', seed: 1, keys });
    const doctor = listDemoAccounts().staff.find((a) => a.role === 'doctor');
    // The authority, the doctor, the nurse and each organisation.
    expect(report.signingCertificates).toBe(1 + 2 + report.organizations);
    const [authority, ...others] = await handle.db
      .select()
      .from(signingCertificates)
      .where(eq(signingCertificates.holderKind, 'authority'));
    expect(others).toEqual([]);
    expect(authority?.subjectCommonName).toBe('Talon Demo CA (не для реального использования)');

    const [certificate] = await createSigningCertificatesRepository(handle.db).listForHolder({
      kind: 'practitioner',
      id: doctor?.practitionerId ?? '',
    });
    expect(certificate?.subject.commonName.split(' ')).toHaveLength(3);
    const signed = await createLocalPadesSigner(createSigningKeysRepository(handle.db, cipher)).sign(
      await cyrillicPdf(),
      {
        certificateId: certificate?.id ?? '',
        signerName: certificate?.subject.commonName ?? '',
        reason: 'Выписной эпикриз',
        location: null,
        signingTime: new Date(),
      },
    );
    expect(inspectSignature(signed)).toMatchObject({
      isIntact: true,
      signerName: certificate?.subject.commonName,
      certificateSerial: certificate?.serial,
      issuerName: 'Talon Demo CA (не для реального использования)',
    });
  });

  it('issues the same certificates when the set is seeded again', { timeout: 120_000 }, async () => {
    const before = await serials();
    await seedDatabase(handle.db, { size: 'small', seed: 1, keys });
    expect(await serials()).toEqual(before);
  });
});
