import { randomUUID } from 'node:crypto';
import type { RepresentativeLinkRecord, RepresentativeRepository, WardView } from '@talon/core/access';
import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import { aadFor } from '../../crypto/encrypted-columns';
import type { FieldCipher } from '../../crypto/field-cipher';
import { accounts, consents, patients, representativeLinks } from '../../schema';
import type { RawRow, Renamed } from '../../sql';
import { hasRow, queryRows, toDate } from '../../sql';

/** A ward without a clinic yet belongs to Moscow until attached (as self-registered patients do). */
const DEFAULT_REGION = '77';

/**
 * A ward: a parent or guardian link, or a patient's consent to book for them (`relation` 'consent',
 * `status` active or ended), with the ward's card.
 */
type WardRow = Renamed<RawRow<typeof representativeLinks>, { id: 'link_id' }> &
  Pick<RawRow<typeof representativeLinks>, 'created_at'> & {
    relation: WardView['relation'];
    status: WardView['status'];
  } & Pick<RawRow<typeof patients>, 'id' | 'surname' | 'name' | 'patronymic' | 'birth_date' | 'sex'>;

const toLink = (row: typeof representativeLinks.$inferSelect): RepresentativeLinkRecord => ({
  id: row.id,
  relation: row.relation,
  status: row.status,
  representativePatientId: row.representativePatientId,
  wardPatientId: row.wardPatientId,
  createdAt: row.createdAt,
});

export function createRepresentativeRepository(
  db: DbExecutor,
  cipher: FieldCipher,
): RepresentativeRepository {
  return {
    async listWards(representativePatientId) {
      const rows = await queryRows<WardRow>(
        db,
        sql`select l.id as link_id, l.relation, l.status, l.created_at, p.id, p.surname, p.name, p.patronymic,
              to_char(p.birth_date, 'YYYY-MM-DD') as birth_date, p.sex
            from representative_links l join patients p on p.id = l.ward_patient_id
            where l.representative_patient_id = ${representativePatientId} and l.status <> 'rejected'
          union all
          select c.id, 'consent', case when c.revoked_at is null then 'active' else 'ended' end, c.granted_at,
              p.id, p.surname, p.name, p.patronymic, to_char(p.birth_date, 'YYYY-MM-DD'), p.sex
            from consents c join patients p on p.id = c.patient_id
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
    async createLink(link) {
      // Ids are made here: ciphertexts are bound to their row (DESIGN rule 18).
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
    async listPending(organizationIds) {
      const rows = await db
        .select({ link: representativeLinks })
        .from(representativeLinks)
        .innerJoin(patients, eq(patients.id, representativeLinks.wardPatientId))
        .where(
          and(
            eq(representativeLinks.status, 'pending'),
            organizationIds === null
              ? undefined
              : or(
                  isNull(patients.attachedOrganizationId),
                  organizationIds.length
                    ? inArray(patients.attachedOrganizationId, organizationIds)
                    : sql`false`,
                ),
          ),
        )
        .orderBy(representativeLinks.createdAt)
        .limit(500);
      return rows.map((r) => toLink(r.link));
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
    async createPerson(person) {
      const id = randomUUID();
      const [row] = await db
        .insert(patients)
        .values({
          id,
          surname: person.surname,
          name: person.name,
          patronymic: person.patronymic,
          birthDate: person.birthDate,
          sex: person.sex,
          snilsHash: person.snils ? cipher.lookupHash(person.snils) : null,
          snilsEncrypted: person.snils
            ? cipher.encrypt(person.snils, aadFor(patients.snilsEncrypted, id))
            : null,
          regionCode: DEFAULT_REGION,
        })
        .returning({ id: patients.id });
      return row!.id;
    },
  };
}
