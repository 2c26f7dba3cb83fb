import type { DocumentCheck } from '@talon/core/document-requests';
import { STAFF_CERTIFICATE_TITLES } from '@talon/core/staff-applications';
import { eq, type SQL } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import { organizations, staffCertificates } from '../../schema';

/**
 * The public check of a staff certificate (by SHA-256 or QR code), answered like a document's: the title, the
 * date, the clinic and the signer — never the employee. Staff certificates are never revoked or replaced.
 */
export async function checkStaffCertificate(db: DbExecutor, where: SQL): Promise<DocumentCheck | null> {
  const [row] = await db
    .select({ certificate: staffCertificates, organizationName: organizations.name })
    .from(staffCertificates)
    .innerJoin(organizations, eq(organizations.id, staffCertificates.organizationId))
    .where(where)
    .limit(1);
  if (!row) return null;
  const c = row.certificate;
  return {
    documentType: STAFF_CERTIFICATE_TITLES[c.kind],
    issuedAt: c.issuedOn,
    organization: row.organizationName,
    sha256: c.sha256,
    signed: true,
    signerName: c.signerName,
    signedAt: c.signedAt,
    revoked: false,
    superseded: false,
  };
}
