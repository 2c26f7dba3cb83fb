import { createPrivateKey } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import { aadFor } from '../../crypto/encrypted-columns';
import type { FieldCipher } from '../../crypto/field-cipher';
import { signingCertificates } from '../../schema';
import { certificateFromPem } from '../../signing/certificates';
import type { SigningKey, SigningKeySource } from '../../signing/pades-signer';

/** A key is bound to its certificate's row and column (AES-GCM additional data). */
const keyAad = (certificateId: string) => aadFor(signingCertificates.privateKeyEncrypted, certificateId);

/** A certificate row as Talon's own certification authority writes it (the demo CA and its certificates). */
export interface NewSigningCertificate {
  id: string;
  holderKind: 'authority' | 'practitioner' | 'organization';
  practitionerId: string | null;
  organizationId: string | null;
  issuerId: string | null;
  subjectCommonName: string;
  subjectOrganization: string | null;
  issuerCommonName: string;
  serial: string;
  validFrom: Date;
  validTo: Date;
  certificatePem: string;
  /** PKCS #8 PEM; stored encrypted with the field cipher. */
  privateKeyPem: string | null;
}

/**
 * Issuers are followed this far up: more than a real chain (signer → intermediate → root) has, and a bound
 * should rows ever name each other in a cycle.
 */
const MAX_CHAIN = 5;

/**
 * The keys of Talon's own signer: certificates with their private keys (encrypted with the field cipher,
 * decrypted only here, when a signature is made) and the chain of issuers Talon keeps.
 */
export function createSigningKeysRepository(
  db: DbExecutor,
  cipher: Pick<FieldCipher, 'encrypt' | 'decrypt'>,
) {
  const find = async (id: string) => {
    const [row] = await db
      .select({
        id: signingCertificates.id,
        issuerId: signingCertificates.issuerId,
        certificatePem: signingCertificates.certificatePem,
        privateKeyEncrypted: signingCertificates.privateKeyEncrypted,
      })
      .from(signingCertificates)
      .where(eq(signingCertificates.id, id));
    return row ?? null;
  };

  const source: SigningKeySource = {
    async findSigningKey(certificateId): Promise<SigningKey | null> {
      const row = await find(certificateId);
      if (!row) return null;
      const chain: Uint8Array[] = [];
      for (let issuerId = row.issuerId; issuerId !== null && chain.length < MAX_CHAIN; ) {
        const issuer = await find(issuerId);
        if (!issuer) break;
        chain.push(certificateFromPem(issuer.certificatePem));
        issuerId = issuer.issuerId;
      }
      return {
        certificate: certificateFromPem(row.certificatePem),
        chain,
        privateKey:
          row.privateKeyEncrypted === null
            ? null
            : createPrivateKey(cipher.decrypt(row.privateKeyEncrypted, keyAad(row.id))),
      };
    },
  };

  return {
    ...source,
    /** Stores certificates (issuers before the certificates they issued). */
    async insertCertificates(certificates: readonly NewSigningCertificate[]): Promise<void> {
      if (certificates.length === 0) return;
      await db.insert(signingCertificates).values(
        certificates.map(({ privateKeyPem, ...certificate }) => ({
          ...certificate,
          privateKeyEncrypted:
            privateKeyPem === null ? null : cipher.encrypt(privateKeyPem, keyAad(certificate.id)),
        })),
      );
    },
  };
}
