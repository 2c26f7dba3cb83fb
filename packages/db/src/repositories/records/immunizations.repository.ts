import type { ImmunizationsRepository } from '@talon/core/records';
import { desc, eq } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import { immunizations, organizations } from '../../schema';

/** Vaccinations (Immunization). */
export function createImmunizationsRepository(db: DbExecutor): ImmunizationsRepository {
  return {
    async create(immunization) {
      await db.insert(immunizations).values({
        id: immunization.id,
        patientId: immunization.patientId,
        encounterId: immunization.encounterId,
        vaccineCode: immunization.vaccineCode,
        vaccineName: immunization.vaccineName,
        occurrenceDate: immunization.occurrenceDate,
        doseNumber: immunization.doseNumber,
        lotNumber: immunization.lotNumber,
        organizationId: immunization.organizationId,
        performerName: immunization.performerName,
        recordedAt: immunization.at,
      });
      return immunization.id;
    },

    async list(filter) {
      const rows = await db
        .select({ immunization: immunizations, organizationName: organizations.name })
        .from(immunizations)
        .leftJoin(organizations, eq(organizations.id, immunizations.organizationId))
        .where(eq(immunizations.patientId, filter.patientId))
        .orderBy(desc(immunizations.occurrenceDate), desc(immunizations.id))
        .limit(filter.limit);
      return rows.map(({ immunization: i, organizationName }) => ({
        id: i.id,
        patientId: i.patientId,
        vaccine: { code: i.vaccineCode, name: i.vaccineName },
        date: i.occurrenceDate,
        doseNumber: i.doseNumber,
        lotNumber: i.lotNumber,
        organization:
          i.organizationId && organizationName ? { id: i.organizationId, name: organizationName } : null,
        performer: i.performerName ?? organizationName,
        status: i.status,
      }));
    },
  };
}
