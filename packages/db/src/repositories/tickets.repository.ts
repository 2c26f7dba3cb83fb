import type { TicketRecord, TicketsRepository } from '@talon/core/tickets';
import { eq } from 'drizzle-orm';
import type { Database } from '../client';
import {
  appointments,
  locations,
  organizations,
  patients,
  practitioners,
  slots,
  specialties,
} from '../schema';

/** Reads an appointment with its slot, clinic, room, practitioner and patient for the ticket. */
export function createTicketsRepository(db: Database): TicketsRepository {
  return {
    async findTicket(appointmentId): Promise<TicketRecord | null> {
      const [row] = await db
        .select({
          appointmentId: appointments.id,
          patientId: appointments.patientId,
          organizationId: appointments.organizationId,
          status: appointments.status,
          code: appointments.code,
          ticketNumber: appointments.ticketNumber,
          startsAt: slots.startsAt,
          endsAt: slots.endsAt,
          visitType: appointments.visitType,
          patientSurname: patients.surname,
          patientName: patients.name,
          patientPatronymic: patients.patronymic,
          organizationName: organizations.name,
          organizationShortName: organizations.shortName,
          address: organizations.address,
          phone: organizations.phone,
          timeZone: organizations.timeZone,
          room: locations.room,
          floor: locations.floor,
          practitionerSurname: practitioners.surname,
          practitionerName: practitioners.name,
          practitionerPatronymic: practitioners.patronymic,
          specialty: specialties.name,
        })
        .from(appointments)
        .innerJoin(slots, eq(slots.id, appointments.slotId))
        .innerJoin(patients, eq(patients.id, appointments.patientId))
        .innerJoin(organizations, eq(organizations.id, appointments.organizationId))
        .innerJoin(practitioners, eq(practitioners.id, appointments.practitionerId))
        .innerJoin(specialties, eq(specialties.code, appointments.specialtyCode))
        .leftJoin(locations, eq(locations.id, slots.locationId))
        .where(eq(appointments.id, appointmentId));
      if (!row) return null;
      return {
        appointmentId: row.appointmentId,
        patientId: row.patientId,
        organizationId: row.organizationId,
        status: row.status,
        code: row.code,
        ticketNumber: row.ticketNumber,
        startsAt: row.startsAt,
        endsAt: row.endsAt,
        visitType: row.visitType,
        patient: { surname: row.patientSurname, name: row.patientName, patronymic: row.patientPatronymic },
        organization: {
          name: row.organizationName,
          shortName: row.organizationShortName,
          address: row.address,
          phone: row.phone,
          timeZone: row.timeZone,
        },
        room: row.room,
        floor: row.floor,
        practitioner: {
          surname: row.practitionerSurname,
          name: row.practitionerName,
          patronymic: row.practitionerPatronymic,
        },
        specialty: row.specialty,
      };
    },
  };
}
