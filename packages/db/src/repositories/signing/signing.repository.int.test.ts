import { buildSigningDoctor, createTestDatabase } from '@talon/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../client';
import { signingCertificates } from '../../schema';
import { DEMO_VALIDITY, issueDemoCertificates } from '../../signing/demo-authority';
import { inspectSignature } from '../../signing/inspect-signature';
import { createLocalPadesSigner } from '../../signing/pades-signer';
import { outboxTestCipher as cipher } from '../../testing/outbox-messages';
import { cyrillicPdf } from '../../testing/signing-fixtures';
import { createSigningCertificatesRepository } from './signing-certificates.repository';
import { createSigningKeysRepository } from './signing-keys.repository';

let database: DatabaseHandle;
let practitionerId: string;
let organizationId: string;
let issued: Awaited<ReturnType<typeof issueDemoCertificates>>;

beforeAll(async () => {
  database = await createTestDatabase();
  ({ practitionerId, organizationId } = await buildSigningDoctor(database.db, 'Городская поликлиника № 7'));
  issued = await issueDemoCertificates(database.db, cipher, {
    secret: Buffer.alloc(32, 3),
    label: 'repository-test',
    holders: [
      {
        kind: 'practitioner',
        id: practitionerId,
        name: { commonName: 'Соколова Мария Андреевна', organization: 'Городская поликлиника № 7' },
      },
      { kind: 'organization', id: organizationId, name: { commonName: 'Городская поликлиника № 7' } },
    ],
  });
});
afterAll(() => database?.close());

const certificateOf = (holderId: string) => {
  const certificate = issued.certificates.get(holderId);
  if (!certificate) throw new Error(`no certificate issued for ${holderId}`);
  return certificate;
};

describe(`signing certificates on ${process.env.TEST_DB}`, () => {
  it('lists a holder’s certificates with their public facts, never the authority’s', async () => {
    const repository = createSigningCertificatesRepository(database.db);
    const [mine, ...others] = await repository.listForHolder({ kind: 'practitioner', id: practitionerId });
    expect(others).toEqual([]);
    expect(mine).toEqual({
      id: certificateOf(practitionerId).id,
      holder: { kind: 'practitioner', id: practitionerId },
      subject: { commonName: 'Соколова Мария Андреевна', organization: 'Городская поликлиника № 7' },
      serial: certificateOf(practitionerId).serial,
      issuer: 'Talon Demo CA (не для реального использования)',
      validFrom: DEMO_VALIDITY.holder.from,
      validTo: DEMO_VALIDITY.holder.to,
      revokedAt: null,
    });
    const [clinic] = await repository.listForHolder({ kind: 'organization', id: organizationId });
    expect(clinic?.holder).toEqual({ kind: 'organization', id: organizationId });
    // A practitioner's id asked for as an organisation's finds nothing.
    expect(await repository.listForHolder({ kind: 'organization', id: practitionerId })).toEqual([]);
  });

  it('finds a certificate by serial, not the authority’s', async () => {
    const repository = createSigningCertificatesRepository(database.db);
    const { serial } = certificateOf(organizationId);
    expect((await repository.findBySerial(serial))?.holder).toEqual({
      kind: 'organization',
      id: organizationId,
    });
    const [authority] = await database.db
      .select({ serial: signingCertificates.serial })
      .from(signingCertificates)
      .where(eq(signingCertificates.id, issued.authority.id));
    expect(await repository.findBySerial(authority!.serial)).toBeNull();
    expect(await repository.findBySerial('ffff')).toBeNull();
  });

  it('keeps the private keys encrypted and gives the local signer the key and the chain', async () => {
    const [row] = await database.db
      .select({ key: signingCertificates.privateKeyEncrypted })
      .from(signingCertificates)
      .where(eq(signingCertificates.id, certificateOf(practitionerId).id));
    expect(row?.key).toMatch(/^k1\./);
    expect(row?.key).not.toContain('PRIVATE KEY');
    const keys = createSigningKeysRepository(database.db, cipher);
    const key = await keys.findSigningKey(certificateOf(practitionerId).id);
    expect(key?.privateKey?.asymmetricKeyType).toBe('ec');
    expect(key?.chain).toHaveLength(1);
    expect(await keys.findSigningKey('00000000-0000-4000-8000-000000000000')).toBeNull();

    const signed = await createLocalPadesSigner(keys).sign(await cyrillicPdf(), {
      certificateId: certificateOf(practitionerId).id,
      signerName: 'Соколова Мария Андреевна',
      reason: 'Справка о прививках',
      location: null,
      signingTime: new Date('2026-12-10T09:30:00Z'),
    });
    expect(inspectSignature(signed)).toMatchObject({
      isIntact: true,
      signerName: 'Соколова Мария Андреевна',
      certificateSerial: certificateOf(practitionerId).serial,
    });
  });

  it('shows a revocation to the use cases', async () => {
    const revokedAt = new Date('2026-12-01T00:00:00Z');
    await database.db
      .update(signingCertificates)
      .set({ revokedAt })
      .where(eq(signingCertificates.id, certificateOf(organizationId).id));
    const [clinic] = await createSigningCertificatesRepository(database.db).listForHolder({
      kind: 'organization',
      id: organizationId,
    });
    expect(clinic?.revokedAt).toEqual(revokedAt);
  });

  it('refuses rows whose holder does not fit their kind, and a serial twice', async () => {
    const row = {
      holderKind: 'practitioner',
      practitionerId: null,
      organizationId,
      subjectCommonName: 'X',
      issuerCommonName: 'Talon Demo CA',
      serial: 'abc1',
      validFrom: new Date('2026-01-01T00:00:00Z'),
      validTo: new Date('2027-01-01T00:00:00Z'),
      certificatePem: 'PEM',
    };
    await expect(database.db.insert(signingCertificates).values(row)).rejects.toThrow();
    await expect(
      database.db
        .insert(signingCertificates)
        .values({ ...row, holderKind: 'authority', organizationId: null }),
    ).resolves.toBeDefined();
    await expect(
      database.db
        .insert(signingCertificates)
        .values({ ...row, holderKind: 'authority', organizationId: null }),
    ).rejects.toThrow();
    await expect(
      database.db
        .insert(signingCertificates)
        .values({ ...row, holderKind: 'authority', organizationId: null, serial: '0abc' }),
    ).rejects.toThrow();
  });
});
