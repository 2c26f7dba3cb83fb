import type { CertificateHolder } from '@talon/core/signing';
import type { DbExecutor } from '../client';
import type { FieldCipher } from '../crypto/field-cipher';
import {
  createSigningKeysRepository,
  type NewSigningCertificate,
} from '../repositories/signing/signing-keys.repository';
import { type CertificateName, certificateToPem, issueCertificate } from './certificates';
import { deriveDemoKey, deriveDemoSerial, deriveDemoUuid } from './demo-keys';

/** The demo certification authority: its name says it is not for real use. */
export const DEMO_AUTHORITY_NAME: CertificateName = {
  commonName: 'Talon Demo CA (не для реального использования)',
  organization: 'Талон — демонстрационный стенд',
};

/**
 * Demo validity, long on purpose so a demo keeps signing for years (a real qualified certificate lasts about
 * 15 months): the authority 2020–2050, its certificates 2020–2040, so seeded documents dated in the past
 * sign as well as new ones.
 */
export const DEMO_VALIDITY = {
  authority: { from: new Date('2020-01-01T00:00:00Z'), to: new Date('2050-01-01T00:00:00Z') },
  holder: { from: new Date('2020-01-01T00:00:00Z'), to: new Date('2040-01-01T00:00:00Z') },
};

/** A practitioner or an organisation to certify, with the names its certificate carries. */
export interface DemoCertificateHolder extends CertificateHolder {
  name: CertificateName;
}

export interface DemoCertificatesOptions {
  /** The installation's secret the keys are derived from (the seed passes the field cipher's lookup key). */
  secret: Uint8Array;
  /** Tells sets apart: the same secret and label give the same keys, serials and ids. */
  label: string;
  holders: readonly DemoCertificateHolder[];
  /** The holders' validity; `DEMO_VALIDITY.holder` unless given (tests issue expired ones). */
  validity?: { from: Date; to: Date };
}

const pkcs8 = (key: ReturnType<typeof deriveDemoKey>) =>
  key.export({ type: 'pkcs8', format: 'pem' }).toString();

/**
 * The demo certification authority and a certificate for each holder, as rows to store: keys, serials and
 * ids are derived from the secret and the label (`demo-keys.ts`), so a set is the same each time it is
 * seeded. ECDSA P-256 with SHA-256; the CA's key, like every demo key, lives only in the demo database.
 */
export function planDemoCertificates(options: DemoCertificatesOptions): {
  authority: NewSigningCertificate;
  holders: NewSigningCertificate[];
} {
  const derive = (name: string) => `${options.label}/${name}`;
  const authorityKey = deriveDemoKey(options.secret, derive('authority'));
  const authoritySerial = deriveDemoSerial(options.secret, derive('authority'));
  const authorityCertificate = issueCertificate({
    subject: DEMO_AUTHORITY_NAME,
    subjectKey: authorityKey,
    issuer: null,
    serial: authoritySerial,
    validFrom: DEMO_VALIDITY.authority.from,
    validTo: DEMO_VALIDITY.authority.to,
    isAuthority: true,
  });
  const authority: NewSigningCertificate = {
    id: deriveDemoUuid(options.secret, derive('authority')),
    holderKind: 'authority',
    practitionerId: null,
    organizationId: null,
    issuerId: null,
    subjectCommonName: DEMO_AUTHORITY_NAME.commonName,
    subjectOrganization: DEMO_AUTHORITY_NAME.organization ?? null,
    issuerCommonName: DEMO_AUTHORITY_NAME.commonName,
    serial: authoritySerial,
    validFrom: DEMO_VALIDITY.authority.from,
    validTo: DEMO_VALIDITY.authority.to,
    certificatePem: certificateToPem(authorityCertificate),
    privateKeyPem: pkcs8(authorityKey),
  };
  const validity = options.validity ?? DEMO_VALIDITY.holder;
  const holders = options.holders.map((holder): NewSigningCertificate => {
    const label = derive(`${holder.kind}/${holder.id}`);
    const key = deriveDemoKey(options.secret, label);
    const serial = deriveDemoSerial(options.secret, label);
    const certificate = issueCertificate({
      subject: holder.name,
      subjectKey: key,
      issuer: { name: DEMO_AUTHORITY_NAME, privateKey: authorityKey },
      serial,
      validFrom: validity.from,
      validTo: validity.to,
      isAuthority: false,
    });
    return {
      id: deriveDemoUuid(options.secret, label),
      holderKind: holder.kind,
      practitionerId: holder.kind === 'practitioner' ? holder.id : null,
      organizationId: holder.kind === 'organization' ? holder.id : null,
      issuerId: authority.id,
      subjectCommonName: holder.name.commonName,
      subjectOrganization: holder.name.organization ?? null,
      issuerCommonName: DEMO_AUTHORITY_NAME.commonName,
      serial,
      validFrom: validity.from,
      validTo: validity.to,
      certificatePem: certificateToPem(certificate),
      privateKeyPem: pkcs8(key),
    };
  });
  return { authority, holders };
}

/**
 * Issues the demo certificates (`planDemoCertificates`) and stores them, keys encrypted with `cipher`. Used
 * by the seed and by tests that need a practitioner or a clinic able to sign. Returns the authority's
 * certificate (what a PDF reader is told to trust) and each holder's certificate id and serial by holder id.
 */
export async function issueDemoCertificates(
  db: DbExecutor,
  cipher: Pick<FieldCipher, 'encrypt' | 'decrypt'>,
  options: DemoCertificatesOptions,
): Promise<{
  authority: { id: string; certificatePem: string };
  certificates: Map<string, { id: string; serial: string }>;
}> {
  const { authority, holders } = planDemoCertificates(options);
  await createSigningKeysRepository(db, cipher).insertCertificates([authority, ...holders]);
  return {
    authority: { id: authority.id, certificatePem: authority.certificatePem },
    certificates: new Map(
      holders.map((row) => [
        row.practitionerId ?? row.organizationId ?? '',
        { id: row.id, serial: row.serial },
      ]),
    ),
  };
}
