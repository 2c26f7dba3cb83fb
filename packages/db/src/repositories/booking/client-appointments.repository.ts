import type {
  ClientAppointment,
  ClientAppointmentCriteria,
  ClientAppointmentReads,
} from '@talon/core/booking';
import { and, asc, count, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import type { Database } from '../../client';
import { appointments, patients, practitioners, slots, specialties } from '../../schema';
import { fullNameOf } from '../../sql';

function conditions(c: ClientAppointmentCriteria) {
  return and(
    c.ids === undefined ? undefined : c.ids.length ? inArray(appointments.id, [...c.ids]) : sql`false`,
    c.organizationId ? eq(appointments.organizationId, c.organizationId) : undefined,
    c.patientId ? eq(appointments.patientId, c.patientId) : undefined,
    c.practitionerId ? eq(appointments.practitionerId, c.practitionerId) : undefined,
    c.practitionerRoleId ? eq(slots.practitionerRoleId, c.practitionerRoleId) : undefined,
    c.locationId ? eq(slots.locationId, c.locationId) : undefined,
    c.slotId ? eq(appointments.slotId, c.slotId) : undefined,
    c.statuses ? inArray(appointments.status, [...c.statuses]) : undefined,
    c.startFrom ? gte(appointments.startsAt, c.startFrom) : undefined,
    c.startBefore ? lt(appointments.startsAt, c.startBefore) : undefined,
    c.clientIdentifier
      ? and(
          eq(appointments.bookedByClientId, c.clientIdentifier.clientId),
          eq(appointments.clientIdentifier, c.clientIdentifier.value),
        )
      : undefined,
  );
}

/** The appointments integration clients read and book (FHIR `Appointment`), and the patient look-up. */
export function createClientAppointmentReads(db: Database): ClientAppointmentReads {
  return {
    async appointments(criteria, page) {
      const where = conditions(criteria);
      const [rows, counted] = await Promise.all([
        db
          .select({
            id: appointments.id,
            status: appointments.status,
            cancelledByKind: appointments.cancelledByKind,
            slotId: appointments.slotId,
            startsAt: slots.startsAt,
            endsAt: slots.endsAt,
            createdAt: appointments.createdAt,
            patientId: appointments.patientId,
            practitioner: { id: practitioners.id, name: fullNameOf(practitioners) },
            practitionerRoleId: slots.practitionerRoleId,
            locationId: slots.locationId,
            organizationId: appointments.organizationId,
            specialty: { code: specialties.code, name: specialties.name },
            bookedByClientId: appointments.bookedByClientId,
            clientIdentifier: appointments.clientIdentifier,
          })
          .from(appointments)
          .innerJoin(slots, eq(slots.id, appointments.slotId))
          .innerJoin(practitioners, eq(practitioners.id, appointments.practitionerId))
          .innerJoin(specialties, eq(specialties.code, appointments.specialtyCode))
          .where(where)
          .orderBy(asc(appointments.startsAt), asc(appointments.id))
          .limit(page.count)
          .offset(page.offset),
        db
          .select({ total: count() })
          .from(appointments)
          .innerJoin(slots, eq(slots.id, appointments.slotId))
          .where(where),
      ]);
      return { items: rows satisfies ClientAppointment[], total: counted[0]?.total ?? 0 };
    },

    async patientIdByHashes(kind, hashes) {
      if (!hashes.length) return null;
      const column = kind === 'snils' ? patients.snilsHash : patients.omsHash;
      const [row] = await db
        .select({ id: patients.id })
        .from(patients)
        .where(inArray(column, [...hashes]))
        .limit(1);
      return row?.id ?? null;
    },

    async patientExists(patientId) {
      const [row] = await db
        .select({ id: patients.id })
        .from(patients)
        .where(eq(patients.id, patientId))
        .limit(1);
      return row !== undefined;
    },
  };
}
