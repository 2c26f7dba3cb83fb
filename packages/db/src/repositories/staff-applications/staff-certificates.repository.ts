import type { StaffCertificatesRepository, StaffCertificateView } from '@talon/core/staff-applications';
import { and, asc, desc, eq } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import {
  organizations,
  practitionerRoles,
  practitioners,
  specialties,
  staffCertificateNumberSeq,
  staffCertificates as t,
} from '../../schema';
import { fullNameOf, nextValue } from '../../sql';
import { issuerColumns } from '../document-parties';
import { createQualificationsRepository } from '../qualifications/qualifications.repository';

/** Staff certificates: the facts they are drawn from, and the signed files' records. */
export function createStaffCertificatesRepository(db: DbExecutor): StaffCertificatesRepository {
  const select = () =>
    db
      .select({ row: t, organizationName: organizations.name })
      .from(t)
      .innerJoin(organizations, eq(organizations.id, t.organizationId));
  type Selected = Awaited<ReturnType<typeof select>>[number];
  const toView = ({ row, organizationName }: Selected): StaffCertificateView & { fileId: string } => ({
    id: row.id,
    number: row.number,
    kind: row.kind,
    organization: { id: row.organizationId, name: organizationName },
    sha256: row.sha256,
    signerName: row.signerName,
    signedAt: row.signedAt,
    verificationCode: row.verificationCode,
    issuedOn: row.issuedOn,
    createdAt: row.createdAt,
    fileId: row.fileId,
  });

  return {
    async facts(practitionerId, organizationId) {
      const [practitioner] = await db
        .select({
          id: practitioners.id,
          fullName: fullNameOf(practitioners),
          experienceSince: practitioners.experienceSince,
          qualificationCategory: practitioners.qualificationCategory,
        })
        .from(practitioners)
        .where(eq(practitioners.id, practitionerId));
      const [organization] = await db
        .select(issuerColumns)
        .from(organizations)
        .where(eq(organizations.id, organizationId));
      if (!practitioner || !organization) return null;
      const positions = await db
        .select({ specialty: specialties.name, employedSince: practitionerRoles.employedSince })
        .from(practitionerRoles)
        .innerJoin(specialties, eq(specialties.code, practitionerRoles.specialtyCode))
        .where(
          and(
            eq(practitionerRoles.practitionerId, practitionerId),
            eq(practitionerRoles.organizationId, organizationId),
            eq(practitionerRoles.isActive, true),
          ),
        )
        .orderBy(asc(practitionerRoles.employedSince), asc(specialties.name));
      const qualifications = await createQualificationsRepository(db).listOwn(practitionerId);
      return { practitioner, organization, positions, qualifications };
    },

    nextNumber: () => nextValue(db, staffCertificateNumberSeq),

    async insert(certificate) {
      await db.insert(t).values({
        id: certificate.id,
        number: certificate.number,
        kind: certificate.kind,
        organizationId: certificate.organizationId,
        practitionerId: certificate.practitionerId,
        accountId: certificate.accountId,
        fileId: certificate.fileId,
        sha256: certificate.sha256,
        signerName: certificate.signerName,
        signedAt: certificate.signedAt,
        signatureCertificateSerial: certificate.certificateSerial,
        verificationCode: certificate.verificationCode,
        issuedOn: certificate.issuedOn,
        createdAt: certificate.at,
        updatedAt: certificate.at,
      });
    },

    async listOwn(accountId) {
      const rows = await select()
        .where(eq(t.accountId, accountId))
        .orderBy(desc(t.createdAt), desc(t.number));
      return rows.map((row) => {
        const { fileId: _fileId, ...view } = toView(row);
        return view;
      });
    },

    async findOwn(accountId, id) {
      const [row] = await select().where(and(eq(t.id, id), eq(t.accountId, accountId)));
      return row ? toView(row) : null;
    },
  };
}
