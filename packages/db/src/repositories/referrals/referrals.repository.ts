import { randomUUID } from 'node:crypto';
import type { ReferralRecord, ReferralsRepository } from '@talon/core/referrals';
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import { aadFor } from '../../crypto/encrypted-columns';
import type { FieldCipher } from '../../crypto/field-cipher';
import { organizations, practitionerRoles, practitioners, referrals, specialties } from '../../schema';
import { fullName } from '../../sql';
import { activeWardLinks } from '../access/active-ward-links';

/** Moscow: the zone a referral's date is read in when its clinic is gone. */
const FALLBACK_TIME_ZONE = 'Europe/Moscow';

/** The diagnosis is medical: stored encrypted and bound to its referral (docs/domain.md rule 18). */
const diagnosisAad = (referralId: string) => aadFor(referrals.diagnosisCodeEncrypted, referralId);

/** Referrals (направления) in SQL; returns read models, never rows. */
export function createReferralsRepository(db: DbExecutor, cipher: FieldCipher): ReferralsRepository {
  async function select(where: ReturnType<typeof and>, limit: number): Promise<ReferralRecord[]> {
    const rows = await db
      .select({
        id: referrals.id,
        patientId: referrals.patientId,
        specialtyCode: specialties.code,
        specialtyName: specialties.name,
        diagnosisCodeEncrypted: referrals.diagnosisCodeEncrypted,
        validUntil: referrals.validUntil,
        practitionerId: practitioners.id,
        practitionerSurname: practitioners.surname,
        practitionerName: practitioners.name,
        practitionerPatronymic: practitioners.patronymic,
        organizationId: organizations.id,
        organizationName: organizations.name,
        timeZone: organizations.timeZone,
        usedByAppointmentId: referrals.usedByAppointmentId,
        cancelledAt: referrals.cancelledAt,
        createdAt: referrals.createdAt,
      })
      .from(referrals)
      .innerJoin(specialties, eq(specialties.code, referrals.specialtyCode))
      .leftJoin(practitioners, eq(practitioners.id, referrals.issuedByPractitionerId))
      .leftJoin(organizations, eq(organizations.id, referrals.issuingOrganizationId))
      .where(where)
      .orderBy(desc(referrals.createdAt), desc(referrals.id))
      .limit(limit);
    return rows.map((row) => ({
      id: row.id,
      patientId: row.patientId,
      specialty: { code: row.specialtyCode, name: row.specialtyName },
      diagnosisCode: row.diagnosisCodeEncrypted
        ? cipher.decrypt(row.diagnosisCodeEncrypted, diagnosisAad(row.id))
        : null,
      validUntil: row.validUntil,
      issuedBy:
        row.practitionerId && row.practitionerSurname && row.practitionerName
          ? {
              id: row.practitionerId,
              name: fullName({
                surname: row.practitionerSurname,
                name: row.practitionerName,
                patronymic: row.practitionerPatronymic,
              }),
            }
          : null,
      organization:
        row.organizationId && row.organizationName
          ? { id: row.organizationId, name: row.organizationName }
          : null,
      timeZone: row.timeZone ?? FALLBACK_TIME_ZONE,
      usedByAppointmentId: row.usedByAppointmentId,
      cancelledAt: row.cancelledAt,
      createdAt: row.createdAt,
    }));
  }

  return {
    async findSpecialty(code) {
      const [row] = await db
        .select({ code: specialties.code, name: specialties.name })
        .from(specialties)
        .where(eq(specialties.code, code));
      return row ?? null;
    },

    async findIssuer(practitionerId, organizationIds) {
      if (organizationIds.length === 0) return null;
      const rows = await db
        .select({
          organizationId: organizations.id,
          organizationName: organizations.name,
          timeZone: organizations.timeZone,
          surname: practitioners.surname,
          name: practitioners.name,
          patronymic: practitioners.patronymic,
        })
        .from(practitionerRoles)
        .innerJoin(organizations, eq(organizations.id, practitionerRoles.organizationId))
        .innerJoin(practitioners, eq(practitioners.id, practitionerRoles.practitionerId))
        .where(
          and(
            eq(practitionerRoles.practitionerId, practitionerId),
            eq(practitionerRoles.isActive, true),
            inArray(practitionerRoles.organizationId, [...organizationIds]),
          ),
        );
      for (const organizationId of organizationIds) {
        const row = rows.find((r) => r.organizationId === organizationId);
        if (row) {
          return {
            practitionerId,
            practitionerName: fullName(row),
            organizationId: row.organizationId,
            organizationName: row.organizationName,
            timeZone: row.timeZone,
          };
        }
      }
      return null;
    },

    async insert(referral) {
      // The id is made here: the ciphertext is bound to it before the row exists.
      const id = randomUUID();
      const [row] = await db
        .insert(referrals)
        .values({
          id,
          patientId: referral.patientId,
          specialtyCode: referral.specialtyCode,
          issuedByPractitionerId: referral.issuedByPractitionerId,
          issuingOrganizationId: referral.issuingOrganizationId,
          diagnosisCodeEncrypted: referral.diagnosisCode
            ? cipher.encrypt(referral.diagnosisCode, diagnosisAad(id))
            : null,
          validUntil: referral.validUntil,
          createdAt: referral.at,
          updatedAt: referral.at,
        })
        .returning({ id: referrals.id });
      return row!.id;
    },

    async find(id) {
      const [record] = await select(and(eq(referrals.id, id)), 1);
      return record ?? null;
    },

    list(filter) {
      if (filter.patientIds.length === 0) return Promise.resolve([]);
      return select(
        and(
          inArray(referrals.patientId, [...filter.patientIds]),
          filter.specialtyCode ? eq(referrals.specialtyCode, filter.specialtyCode) : undefined,
        ),
        filter.limit,
      );
    },

    wardLinks: (representativePatientId) => activeWardLinks(db, representativePatientId),
  };
}
