import type { PracticePatientLookup, PracticeRepository, PractitionerScope } from '@talon/core/practice';
import { and, asc, eq, gte, inArray, lt, type SQL, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import { aadFor } from '../../crypto/encrypted-columns';
import type { FieldCipher } from '../../crypto/field-cipher';
import { appointments, locations, organizations, patients, slots, specialties } from '../../schema';
import { fullNameOf, uuidList } from '../../sql';
import { foundPatientColumns, foundPatientOrder, openFoundSnils } from '../registry/found-patients';

// Matches the expression index of migration 0007 (surname folded, birth date).
const foldedSurname = sql`translate(${patients.surname}, 'Ёё', 'Ее')`;
const foldedName = sql`translate(${patients.name}, 'Ёё', 'Ее')`;
/** `like` needs its wildcards escaped in what the user typed. */
const prefixPattern = (text: string) => `${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The care relation of docs/domain.md rule 16 for the patient row `patients`, the same as the access
 * policy's (repositories/access/access-facts.repository.ts): attached to a clinic where the practitioner
 * works, or a visit with them there that was not cancelled nor moved.
 */
function inCare(scope: PractitionerScope): SQL {
  return sql`exists (select 1 from practitioner_roles r
      join practitioners pr on pr.id = r.practitioner_id and pr.is_active
     where r.practitioner_id = ${scope.practitionerId} and r.is_active
       and r.organization_id in (${uuidList(scope.organizationIds)})
       and (r.organization_id = ${patients.attachedOrganizationId}
         or exists (select 1 from appointments a
                     where a.patient_id = ${patients.id} and a.practitioner_id = r.practitioner_id
                       and a.organization_id = r.organization_id
                       and a.status in ('booked', 'confirmed', 'arrived', 'fulfilled'))))`;
}

function lookupCondition(lookup: PracticePatientLookup): SQL | undefined {
  if ('snilsHashes' in lookup) return inArray(patients.snilsHash, [...lookup.snilsHashes]);
  if ('birthDate' in lookup) return eq(patients.birthDate, lookup.birthDate);
  return and(
    sql`${foldedSurname} like ${prefixPattern(lookup.surnamePrefix)}`,
    lookup.namePrefix ? sql`${foldedName} like ${prefixPattern(lookup.namePrefix)}` : undefined,
  );
}

/** The practitioner's schedule and patient search (the doctor's cabinet, issue 12). */
export function createPracticeRepository(db: DbExecutor, cipher: FieldCipher): PracticeRepository {
  return {
    async schedule(scope, from, to) {
      const rows = await db
        .select({
          id: appointments.id,
          status: appointments.status,
          startsAt: slots.startsAt,
          endsAt: slots.endsAt,
          arrivedAt: appointments.arrivedAt,
          reasonEncrypted: appointments.reasonEncrypted,
          visitType: appointments.visitType,
          organization: { id: organizations.id, name: organizations.name, timeZone: organizations.timeZone },
          room: locations.room,
          specialty: { code: specialties.code, name: specialties.name },
          patient: { id: patients.id, fullName: fullNameOf(patients), birthDate: patients.birthDate },
        })
        .from(appointments)
        .innerJoin(slots, eq(slots.id, appointments.slotId))
        .innerJoin(organizations, eq(organizations.id, appointments.organizationId))
        .innerJoin(specialties, eq(specialties.code, appointments.specialtyCode))
        .innerJoin(patients, eq(patients.id, appointments.patientId))
        .leftJoin(locations, eq(locations.id, slots.locationId))
        .where(
          and(
            eq(appointments.practitionerId, scope.practitionerId),
            inArray(appointments.organizationId, [...scope.organizationIds]),
            gte(appointments.startsAt, from),
            lt(appointments.startsAt, to),
          ),
        )
        .orderBy(asc(appointments.startsAt), asc(appointments.id));
      return rows.map(({ reasonEncrypted, ...row }) => ({
        ...row,
        reason: reasonEncrypted
          ? cipher.decrypt(reasonEncrypted, aadFor(appointments.reasonEncrypted, row.id))
          : null,
      }));
    },

    async findPatients(scope, lookup, inCareOnly, limit) {
      const care = inCare(scope);
      const rows = await db
        .select({ ...foundPatientColumns, isInCare: sql<boolean>`${care}` })
        .from(patients)
        .leftJoin(organizations, eq(organizations.id, patients.attachedOrganizationId))
        .where(and(lookupCondition(lookup), inCareOnly ? care : undefined))
        .orderBy(...foundPatientOrder)
        .limit(limit);
      return openFoundSnils(cipher, rows).map((row) => ({ ...row, isInCare: Boolean(row.isInCare) }));
    },
  };
}
