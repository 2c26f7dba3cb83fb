import { randomUUID } from 'node:crypto';
import type {
  LinkForApproval,
  RepresentativeLinkRecord,
  RepresentativeRepository,
  WardRecord,
} from '@talon/core/access';
import { and, asc, desc, eq, gte, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbExecutor } from '../../client';
import { aadFor } from '../../crypto/encrypted-columns';
import type { FieldCipher } from '../../crypto/field-cipher';
import { accounts, consents, patients, regions, representativeLinks } from '../../schema';
import type { RawRow, Renamed } from '../../sql';
import { hasRow, queryRows, toDate } from '../../sql';
import { createStoredFilesRepository } from '../uploads/stored-files.repository';

/** A ward without a clinic yet belongs to Moscow until attached (as self-registered patients do). */
const DEFAULT_REGION = '77';

/**
 * A ward: a parent or guardian link, or a patient's consent to book for them (`relation` 'consent',
 * `status` active or ended), with the ward's card and the facts of the age rules.
 */
type WardRow = Renamed<RawRow<typeof representativeLinks>, { id: 'link_id' }> &
  Pick<RawRow<typeof representativeLinks>, 'created_at'> & {
    relation: WardRecord['relation'];
    status: WardRecord['status'];
    is_medical_allowed: boolean;
  } & Pick<RawRow<typeof patients>, 'id' | 'surname' | 'name' | 'patronymic' | 'birth_date' | 'sex'> &
  Pick<RawRow<typeof regions>, 'time_zone'>;

const toLink = (row: typeof representativeLinks.$inferSelect): RepresentativeLinkRecord => ({
  id: row.id,
  relation: row.relation,
  status: row.status,
  representativePatientId: row.representativePatientId,
  wardPatientId: row.wardPatientId,
  createdAt: row.createdAt,
});

const representative = alias(patients, 'representative');
const ward = alias(patients, 'ward');
const person = (p: typeof representative | typeof ward) => ({
  surname: p.surname,
  name: p.name,
  patronymic: p.patronymic,
  birthDate: p.birthDate,
  sex: p.sex,
});

export function createRepresentativeRepository(
  db: DbExecutor,
  cipher: FieldCipher,
): RepresentativeRepository {
  /** Links for the registry to decide, with both people and the document in clear for the registrar. */
  const approvals = async (where: SQL | undefined, limit: number): Promise<LinkForApproval[]> => {
    const rows = await db
      .select({
        link: representativeLinks,
        representative: person(representative),
        ward: person(ward),
        wardOrganizationId: ward.attachedOrganizationId,
      })
      .from(representativeLinks)
      .innerJoin(representative, eq(representative.id, representativeLinks.representativePatientId))
      .innerJoin(ward, eq(ward.id, representativeLinks.wardPatientId))
      .where(where)
      .orderBy(asc(representativeLinks.createdAt))
      .limit(limit);
    return rows.map((r) => ({
      ...toLink(r.link),
      representative: r.representative,
      ward: r.ward,
      wardOrganizationId: r.wardOrganizationId,
      document: r.link.documentEncrypted
        ? cipher.decrypt(r.link.documentEncrypted, aadFor(representativeLinks.documentEncrypted, r.link.id))
        : null,
      documentFileId: r.link.documentFileId,
    }));
  };

  return {
    async listWards(representativePatientId) {
      const rows = await queryRows<WardRow>(
        db,
        sql`select l.id as link_id, l.relation, l.status, l.created_at,
              l.medical_access_allowed_at is not null as is_medical_allowed, p.id, p.surname, p.name,
              p.patronymic, to_char(p.birth_date, 'YYYY-MM-DD') as birth_date, p.sex, r.time_zone
            from representative_links l join patients p on p.id = l.ward_patient_id
              join regions r on r.code = p.region_code
            where l.representative_patient_id = ${representativePatientId} and l.status <> 'rejected'
          union all
          select c.id, 'consent', case when c.revoked_at is null then 'active' else 'ended' end, c.granted_at,
              false, p.id, p.surname, p.name, p.patronymic, to_char(p.birth_date, 'YYYY-MM-DD'), p.sex,
              r.time_zone
            from consents c join patients p on p.id = c.patient_id join regions r on r.code = p.region_code
            where c.grantee_patient_id = ${representativePatientId} and c.purpose = 'booking_on_behalf'
          order by 4 desc`,
      );
      return rows.map((r) => ({
        linkId: r.link_id,
        relation: r.relation,
        status: r.status,
        patient: {
          id: r.id,
          surname: r.surname,
          name: r.name,
          patronymic: r.patronymic,
          birthDate: r.birth_date,
          sex: r.sex,
        },
        createdAt: toDate(r.created_at),
        wardTimeZone: r.time_zone,
        isMedicalAccessAllowed: r.is_medical_allowed,
      }));
    },
    hasOpenLink: (representativePatientId, wardPatientId) =>
      hasRow(
        db,
        representativeLinks,
        and(
          eq(representativeLinks.representativePatientId, representativePatientId),
          eq(representativeLinks.wardPatientId, wardPatientId),
          inArray(representativeLinks.status, ['pending', 'active']),
        ),
      ),
    async linksCreatedSince(representativePatientId, since) {
      // The representative's row lock serialises their concurrent requests: the count below is then exact.
      await db.execute(sql`select 1 from patients where id = ${representativePatientId} for update`);
      const rows = await db
        .select({ createdAt: representativeLinks.createdAt })
        .from(representativeLinks)
        .where(
          and(
            eq(representativeLinks.representativePatientId, representativePatientId),
            gte(representativeLinks.createdAt, since),
          ),
        )
        .orderBy(asc(representativeLinks.createdAt));
      return rows.map((row) => row.createdAt);
    },
    async createLink(link) {
      // Ids are made here: ciphertexts are bound to their row (docs/domain.md rule 18).
      const id = randomUUID();
      const [row] = await db
        .insert(representativeLinks)
        .values({
          id,
          representativePatientId: link.representativePatientId,
          wardPatientId: link.wardPatientId,
          relation: link.relation,
          status: link.status,
          documentEncrypted: link.document
            ? cipher.encrypt(link.document, aadFor(representativeLinks.documentEncrypted, id))
            : null,
        })
        .returning({ id: representativeLinks.id });
      return row!.id;
    },
    async attachDocumentFile({ linkId, fileId, ownerAccountId, at }) {
      // Attached first (only the owner's unattached file), then pointed at: the foreign key needs the file.
      const attached = await createStoredFilesRepository(db).attach({
        id: fileId,
        ownerAccountId,
        type: 'representative_link',
        attachedToId: linkId,
        at,
      });
      if (!attached) return false;
      await db
        .update(representativeLinks)
        .set({ documentFileId: fileId, updatedAt: at })
        .where(eq(representativeLinks.id, linkId));
      return true;
    },
    async findLink(id) {
      const [row] = await db.select().from(representativeLinks).where(eq(representativeLinks.id, id));
      return row ? toLink(row) : null;
    },
    async setStatus(id, status, byAccountId, at) {
      const rows = await db
        .update(representativeLinks)
        .set({
          status,
          updatedAt: at,
          ...(status === 'ended' ? { endedAt: at } : { decidedAt: at, decidedByAccountId: byAccountId }),
        })
        .where(
          and(
            eq(representativeLinks.id, id),
            status === 'ended'
              ? inArray(representativeLinks.status, ['pending', 'active'])
              : eq(representativeLinks.status, 'pending'),
          ),
        )
        .returning({ id: representativeLinks.id });
      return rows.length === 1;
    },
    listPending: ({ organizationIds, unattached }) =>
      approvals(
        and(
          eq(representativeLinks.status, 'pending'),
          or(
            organizationIds.length ? inArray(ward.attachedOrganizationId, organizationIds) : sql`false`,
            unattached ? isNull(ward.attachedOrganizationId) : sql`false`,
          ),
        ),
        500,
      ),
    async findForApproval(linkId) {
      const [link] = await approvals(eq(representativeLinks.id, linkId), 1);
      return link ?? null;
    },
    async revokeBookingConsent(consentId, granteePatientId, at) {
      const rows = await db
        .update(consents)
        .set({ revokedAt: at })
        .where(
          and(
            eq(consents.id, consentId),
            eq(consents.granteePatientId, granteePatientId),
            eq(consents.purpose, 'booking_on_behalf'),
            isNull(consents.revokedAt),
          ),
        )
        .returning({ id: consents.id });
      return rows.length === 1;
    },
    async findPersonBySnilsHash(snilsHashes) {
      if (!snilsHashes.length) return null;
      const [row] = await db
        .select({
          id: patients.id,
          surname: patients.surname,
          birthDate: patients.birthDate,
          accountId: accounts.id,
          accountPhone: accounts.phone,
        })
        .from(patients)
        .leftJoin(accounts, eq(accounts.patientId, patients.id))
        .where(inArray(patients.snilsHash, [...snilsHashes]));
      return row ?? null;
    },
    async createPerson(newPerson) {
      const id = randomUUID();
      const [row] = await db
        .insert(patients)
        .values({
          id,
          surname: newPerson.surname,
          name: newPerson.name,
          patronymic: newPerson.patronymic,
          birthDate: newPerson.birthDate,
          sex: newPerson.sex,
          snilsHash: newPerson.snils ? cipher.lookupHash(newPerson.snils) : null,
          snilsEncrypted: newPerson.snils
            ? cipher.encrypt(newPerson.snils, aadFor(patients.snilsEncrypted, id))
            : null,
          regionCode: DEFAULT_REGION,
        })
        .returning({ id: patients.id });
      return row!.id;
    },
    async codePhoneOf(patientId) {
      const [row] = await db
        .select({ filePhone: patients.phone, accountId: accounts.id, accountPhone: accounts.phone })
        .from(patients)
        .leftJoin(accounts, eq(accounts.patientId, patients.id))
        .where(eq(patients.id, patientId));
      if (row?.accountPhone) return { phone: row.accountPhone, accountId: row.accountId };
      return row?.filePhone ? { phone: row.filePhone, accountId: null } : null;
    },
    async linkNoticeRecipients(wardPatientId, newLinkId) {
      const rows = await db
        .select({ accountId: accounts.id, phone: accounts.phone, patientId: accounts.patientId })
        .from(accounts)
        .where(
          or(
            eq(accounts.patientId, wardPatientId),
            sql`${accounts.patientId} in (select l.representative_patient_id from representative_links l
              where l.ward_patient_id = ${wardPatientId} and l.status = 'active' and l.id <> ${newLinkId})`,
          ),
        );
      return rows.map((row) => ({
        accountId: row.accountId,
        phone: row.phone,
        audience: row.patientId === wardPatientId ? ('ward' as const) : ('representative' as const),
      }));
    },
    async listRepresentatives(wardPatientId) {
      const rows = await db
        .select({
          link: representativeLinks,
          surname: patients.surname,
          name: patients.name,
          patronymic: patients.patronymic,
        })
        .from(representativeLinks)
        .innerJoin(patients, eq(patients.id, representativeLinks.representativePatientId))
        .where(
          and(
            eq(representativeLinks.wardPatientId, wardPatientId),
            inArray(representativeLinks.status, ['pending', 'active']),
          ),
        )
        .orderBy(desc(representativeLinks.createdAt));
      return rows.map((r) => ({
        linkId: r.link.id,
        relation: r.link.relation,
        status: r.link.status as 'pending' | 'active',
        representative: { surname: r.surname, name: r.name, patronymic: r.patronymic },
        isMedicalAccessAllowed: r.link.medicalAccessAllowedAt !== null,
        createdAt: r.link.createdAt,
      }));
    },
    async setMedicalAccess(linkId, wardPatientId, isAllowed, at) {
      const rows = await db
        .update(representativeLinks)
        .set({ medicalAccessAllowedAt: isAllowed ? at : null, updatedAt: at })
        .where(
          and(
            eq(representativeLinks.id, linkId),
            eq(representativeLinks.wardPatientId, wardPatientId),
            eq(representativeLinks.relation, 'parent'),
            eq(representativeLinks.status, 'active'),
          ),
        )
        .returning({ id: representativeLinks.id });
      return rows.length === 1;
    },
    async wardAge(patientId) {
      const [row] = await db
        .select({ birthDate: patients.birthDate, timeZone: regions.timeZone })
        .from(patients)
        .innerJoin(regions, eq(regions.code, patients.regionCode))
        .where(eq(patients.id, patientId));
      return row ?? null;
    },
  };
}
