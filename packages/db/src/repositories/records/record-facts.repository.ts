import type { RecordCounts, RecordFactsRepository } from '@talon/core/records';
import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import {
  accounts,
  appointments,
  organizations,
  patients,
  practitionerRoles,
  practitioners,
  representativeLinks,
  specialties,
} from '../../schema';
import { fullNameOf, queryRows } from '../../sql';

const FALLBACK_TIME_ZONE = 'Europe/Moscow';

/** What the summary and the alerts read around the record: counts, the next visit, who hears of results. */
export function createRecordFactsRepository(db: DbExecutor): RecordFactsRepository {
  return {
    async counts(patientId) {
      const [row] = await queryRows<RecordCounts>(
        db,
        sql`select
          (select count(*)::int from encounters where patient_id = ${patientId} and status <> 'entered-in-error') as encounters,
          (select count(*)::int from conditions where patient_id = ${patientId}) as conditions,
          (select count(*)::int from observations where patient_id = ${patientId} and status <> 'cancelled') as observations,
          (select count(*)::int from documents where patient_id = ${patientId} and status = 'current') as documents,
          (select count(*)::int from medication_requests where patient_id = ${patientId} and status <> 'draft') as prescriptions,
          (select count(*)::int from immunizations where patient_id = ${patientId} and status = 'completed') as immunizations`,
      );
      return {
        encounters: Number(row?.encounters ?? 0),
        conditions: Number(row?.conditions ?? 0),
        observations: Number(row?.observations ?? 0),
        documents: Number(row?.documents ?? 0),
        prescriptions: Number(row?.prescriptions ?? 0),
        immunizations: Number(row?.immunizations ?? 0),
      };
    },

    async nextVisit(patientId, now) {
      const [row] = await db
        .select({
          appointmentId: appointments.id,
          startsAt: appointments.startsAt,
          organizationId: organizations.id,
          organizationName: organizations.name,
          practitionerId: practitioners.id,
          practitionerName: fullNameOf(practitioners),
          specialtyCode: specialties.code,
          specialtyName: specialties.name,
        })
        .from(appointments)
        .innerJoin(organizations, eq(organizations.id, appointments.organizationId))
        .innerJoin(practitioners, eq(practitioners.id, appointments.practitionerId))
        .innerJoin(specialties, eq(specialties.code, appointments.specialtyCode))
        .where(
          and(
            eq(appointments.patientId, patientId),
            inArray(appointments.status, ['booked', 'confirmed']),
            gt(appointments.startsAt, now),
          ),
        )
        .orderBy(asc(appointments.startsAt))
        .limit(1);
      if (!row) return null;
      return {
        appointmentId: row.appointmentId,
        startsAt: row.startsAt,
        organization: { id: row.organizationId, name: row.organizationName },
        practitioner: { id: row.practitionerId, name: row.practitionerName },
        specialty: { code: row.specialtyCode, name: row.specialtyName },
      };
    },

    async patientFacts(patientId) {
      const [row] = await db
        .select({
          sex: patients.sex,
          birthDate: patients.birthDate,
          surname: patients.surname,
          name: patients.name,
          patronymic: patients.patronymic,
        })
        .from(patients)
        .where(eq(patients.id, patientId));
      if (!row) return null;
      const initials = [row.name, row.patronymic]
        .filter(Boolean)
        .map((part) => `${part!.charAt(0)}.`)
        .join(' ');
      return { sex: row.sex, birthDate: row.birthDate, shortName: `${row.surname} ${initials}` };
    },

    async representativeAccountId(patientId) {
      const [row] = await db
        .select({ id: accounts.id })
        .from(representativeLinks)
        .innerJoin(accounts, eq(accounts.patientId, representativeLinks.representativePatientId))
        .where(
          and(eq(representativeLinks.wardPatientId, patientId), eq(representativeLinks.status, 'active')),
        )
        .orderBy(asc(representativeLinks.createdAt))
        .limit(1);
      return row?.id ?? null;
    },

    async practitionerAccountId(practitionerId) {
      const [row] = await db
        .select({ id: accounts.id })
        .from(accounts)
        .where(and(eq(accounts.practitionerId, practitionerId), eq(accounts.status, 'active')));
      return row?.id ?? null;
    },

    async appointmentFacts(appointmentId) {
      const [row] = await db
        .select({
          patientId: appointments.patientId,
          practitionerId: appointments.practitionerId,
          practitionerRoleId: practitionerRoles.id,
          organizationId: appointments.organizationId,
          startsAt: appointments.startsAt,
          specialty: appointments.specialtyCode,
        })
        .from(appointments)
        // The role the visit was booked with: its practitioner, clinic and specialty (unique together).
        .leftJoin(
          practitionerRoles,
          and(
            eq(practitionerRoles.practitionerId, appointments.practitionerId),
            eq(practitionerRoles.organizationId, appointments.organizationId),
            eq(practitionerRoles.specialtyCode, appointments.specialtyCode),
          ),
        )
        .where(eq(appointments.id, appointmentId));
      return row ?? null;
    },

    async prescriptionParties(input) {
      const [patient] = await db
        .select({ name: fullNameOf(patients), birthDate: patients.birthDate })
        .from(patients)
        .where(eq(patients.id, input.patientId));
      const [practitioner] = await db
        .select({ name: fullNameOf(practitioners) })
        .from(practitioners)
        .where(eq(practitioners.id, input.practitionerId));
      const [organization] = await db
        .select({
          name: organizations.name,
          address: organizations.address,
          ogrn: organizations.ogrn,
          timeZone: organizations.timeZone,
        })
        .from(organizations)
        .where(eq(organizations.id, input.organizationId));
      if (!patient || !practitioner || !organization) return null;
      return {
        patientName: patient.name,
        patientBirthDate: patient.birthDate,
        practitionerName: practitioner.name,
        organizationName: organization.name,
        organizationAddress: organization.address,
        organizationOgrn: organization.ogrn,
        timeZone: organization.timeZone,
      };
    },

    async organizationTimeZone(organizationId) {
      if (!organizationId) return FALLBACK_TIME_ZONE;
      const [row] = await db
        .select({ timeZone: organizations.timeZone })
        .from(organizations)
        .where(eq(organizations.id, organizationId));
      return row?.timeZone ?? FALLBACK_TIME_ZONE;
    },

    async patientIdByIdentifier(lookup) {
      // The blind indexes (partial unique indexes of patients): never a decryption of the table.
      const condition = lookup.snilsHashes?.length
        ? inArray(patients.snilsHash, [...lookup.snilsHashes])
        : lookup.omsHashes?.length
          ? inArray(patients.omsHash, [...lookup.omsHashes])
          : null;
      if (!condition) return null;
      const [row] = await db.select({ id: patients.id }).from(patients).where(condition).limit(1);
      return row?.id ?? null;
    },
  };
}
