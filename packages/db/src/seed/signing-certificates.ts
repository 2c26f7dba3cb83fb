import type { DbExecutor } from '../client';
import type { FieldCipher } from '../crypto/field-cipher';
import { createSigningKeysRepository } from '../repositories/signing/signing-keys.repository';
import { type DemoCertificateHolder, issueDemoCertificates } from '../signing/demo-authority';
import { createLocalPadesSigner } from '../signing/pades-signer';
import type { DemoAccountSeed } from './demo-accounts';
import type { Directory } from './directory';
import type { SeedSize } from './profiles';
import type { SeedDocumentSigner } from './record-writer';
import { SPECIALTIES } from './staffing';

const SPECIALTY_NAMES = new Map(SPECIALTIES.map((s) => [s.code, s.name]));

/**
 * Who gets a demo signing certificate: every demo staff member who is a practitioner (the doctor and the
 * nurse sign what they write) and the organisations, whose server signature goes on generated documents —
 * every clinic of the demo set, and of the large set only the staff's clinic (the benchmark set has some 300
 * clinics that never sign a document in a demo).
 */
export function planDemoCertificateHolders(
  directory: Directory,
  staff: readonly DemoAccountSeed[],
  size: SeedSize,
): DemoCertificateHolder[] {
  const practitioners = staff.flatMap((account): DemoCertificateHolder[] => {
    const practitioner = directory.practitioners.find((p) => p.id === account.practitionerId);
    if (!practitioner || !account.organization) return [];
    const role = directory.roles.find(
      (r) => r.practitionerId === practitioner.id && r.organizationId === account.organization?.id,
    );
    return [
      {
        kind: 'practitioner',
        id: practitioner.id,
        name: {
          commonName: `${practitioner.surname} ${practitioner.name} ${practitioner.patronymic}`,
          surname: practitioner.surname,
          givenName: `${practitioner.name} ${practitioner.patronymic}`,
          title: (role && SPECIALTY_NAMES.get(role.specialtyCode)) ?? null,
          organization: account.organization.name,
        },
      },
    ];
  });
  const staffClinics = new Set(
    staff.flatMap((account) => (account.organization ? [account.organization.id] : [])),
  );
  const clinics =
    size === 'large' ? directory.clinics.filter((c) => staffClinics.has(c.id)) : directory.clinics;
  const organizations = clinics.map(
    (clinic): DemoCertificateHolder => ({
      kind: 'organization',
      id: clinic.id,
      name: { commonName: clinic.name, organization: clinic.name },
    }),
  );
  return [...practitioners, ...organizations];
}

/**
 * The demo certification authority «Talon Demo CA (не для реального использования)» and the certificates of
 * `planDemoCertificateHolders`, stored with their keys encrypted (docs/signatures.md, «The demo CA»). The
 * keys are derived from the installation's lookup key and the set, so reseeding a set gives the same keys.
 * Returns how many certificates were issued, the authority's included.
 */
export async function writeDemoSigningCertificates(
  db: DbExecutor,
  options: {
    directory: Directory;
    staff: readonly DemoAccountSeed[];
    size: SeedSize;
    seed: number;
    lookupKey: Uint8Array;
    cipher: FieldCipher;
  },
): Promise<{ count: number; sign: SeedDocumentSigner }> {
  const holders = planDemoCertificateHolders(options.directory, options.staff, options.size);
  const issued = await issueDemoCertificates(db, options.cipher, {
    secret: options.lookupKey,
    label: `${options.size}/${options.seed}`,
    holders,
  });
  const signer = createLocalPadesSigner(createSigningKeysRepository(db, options.cipher));
  // The demo record's documents carry their organisation's server signature (docs/signatures.md).
  const sign: SeedDocumentSigner = async (pdf, input) => {
    const certificate = issued.certificates.get(input.organizationId);
    if (!certificate) return null;
    const signed = await signer.sign(pdf, {
      certificateId: certificate.id,
      signerName: input.organizationName,
      reason: input.reason,
      location: input.organizationName,
      signingTime: input.signedAt,
    });
    return { pdf: signed, signerName: input.organizationName, serial: certificate.serial };
  };
  return { count: issued.certificates.size + 1, sign };
}
