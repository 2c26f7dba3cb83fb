import type { SigningCertificate, SigningCertificatesRepository } from '@talon/core/signing';
import { and, desc, eq, ne } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import { signingCertificates } from '../../schema';

const CERTIFICATE_COLUMNS = {
  id: signingCertificates.id,
  practitionerId: signingCertificates.practitionerId,
  organizationId: signingCertificates.organizationId,
  subjectCommonName: signingCertificates.subjectCommonName,
  subjectOrganization: signingCertificates.subjectOrganization,
  serial: signingCertificates.serial,
  issuerCommonName: signingCertificates.issuerCommonName,
  validFrom: signingCertificates.validFrom,
  validTo: signingCertificates.validTo,
  revokedAt: signingCertificates.revokedAt,
};

type CertificateRow = Pick<typeof signingCertificates.$inferSelect, keyof typeof CERTIFICATE_COLUMNS>;

/** A holder's row as core's certificate; the queries never read an authority's row (it has no holder). */
function toCertificate(row: CertificateRow): SigningCertificate {
  const holder =
    row.practitionerId !== null
      ? { kind: 'practitioner' as const, id: row.practitionerId }
      : row.organizationId !== null
        ? { kind: 'organization' as const, id: row.organizationId }
        : null;
  if (!holder) throw new Error(`signing certificate ${row.id} has no holder`);
  return {
    id: row.id,
    holder,
    subject: { commonName: row.subjectCommonName, organization: row.subjectOrganization },
    serial: row.serial,
    issuer: row.issuerCommonName,
    validFrom: row.validFrom,
    validTo: row.validTo,
    revokedAt: row.revokedAt,
  };
}

/** The certificates' public facts (the keys are read by the local signer only, `signing-keys.repository`). */
export function createSigningCertificatesRepository(db: DbExecutor): SigningCertificatesRepository {
  return {
    async listForHolder(holder) {
      const column =
        holder.kind === 'practitioner'
          ? signingCertificates.practitionerId
          : signingCertificates.organizationId;
      const rows = await db
        .select(CERTIFICATE_COLUMNS)
        .from(signingCertificates)
        .where(and(eq(signingCertificates.holderKind, holder.kind), eq(column, holder.id)))
        .orderBy(desc(signingCertificates.validFrom));
      return rows.map(toCertificate);
    },

    async findBySerial(serial) {
      const [row] = await db
        .select(CERTIFICATE_COLUMNS)
        .from(signingCertificates)
        .where(and(eq(signingCertificates.serial, serial), ne(signingCertificates.holderKind, 'authority')));
      return row ? toCertificate(row) : null;
    },
  };
}
