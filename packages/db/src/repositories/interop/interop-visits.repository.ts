import type { InteropReads, RecordCriteria } from '@talon/core/interop';
import { and, count, desc, eq, inArray, isNull, ne, or, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Database } from '../../client';
import type { FieldCipher } from '../../crypto/field-cipher';
import {
  conditions,
  encounters,
  immunizations,
  medicationRequests,
  organizations,
  practitionerRoles,
  practitioners,
  specialties,
} from '../../schema';
import { fullNameOf } from '../../sql';
import { icd10HashInput, selectConditions } from '../records/conditions.repository';
import { openOptional } from '../records/record-cipher';
import { dayIn, idsIn, instantIn, paged } from './interop-sql';

/** The criteria every record search shares: ids, patient and encounter. */
export const recordWhere = (
  c: RecordCriteria,
  table: { id: PgColumn; patientId: PgColumn },
  encounterId: PgColumn | null,
): (SQL | undefined)[] => [
  idsIn(table.id, c.ids),
  c.patientId ? eq(table.patientId, c.patientId) : undefined,
  c.encounterId && encounterId ? eq(encounterId, c.encounterId) : undefined,
  c.encounterIds && encounterId ? idsIn(encounterId, c.encounterIds) : undefined,
];

/** Visits, diagnoses, prescriptions and vaccinations for the FHIR interface: what is finished only. */
export function createInteropVisitReads(
  db: Database,
  cipher: FieldCipher,
): Pick<InteropReads, 'encounters' | 'conditions' | 'medicationRequests' | 'immunizations'> {
  return {
    async encounters(c, page) {
      // A visit in progress is a draft; an entered-in-error one is not the patient's.
      const where = and(
        eq(encounters.status, 'finished'),
        ...recordWhere(c, encounters, encounters.id),
        ...instantIn(encounters.periodStart, c),
      );
      const rows = db
        .select({
          e: encounters,
          doctor: fullNameOf(practitioners),
          clinic: organizations.name,
          specialty: { code: specialties.code, name: specialties.name },
        })
        .from(encounters)
        .leftJoin(practitionerRoles, eq(encounters.practitionerRoleId, practitionerRoles.id))
        .leftJoin(specialties, eq(practitionerRoles.specialtyCode, specialties.code))
        .innerJoin(organizations, eq(encounters.organizationId, organizations.id))
        .innerJoin(practitioners, eq(encounters.practitionerId, practitioners.id))
        .where(where)
        .orderBy(desc(encounters.periodStart), desc(encounters.id))
        .limit(page.count)
        .offset(page.offset);
      const found = await paged(rows, db.select({ total: count() }).from(encounters).where(where));
      return {
        total: found.total,
        items: found.items.map(({ e, doctor, clinic, specialty }) => ({
          id: e.id,
          patientId: e.patientId,
          class: e.class,
          practitioner: { id: e.practitionerId, name: doctor },
          practitionerRoleId: e.practitionerRoleId,
          specialty:
            specialty?.code && specialty.name ? { code: specialty.code, name: specialty.name } : null,
          organization: { id: e.organizationId, name: clinic },
          periodStart: e.periodStart,
          periodEnd: e.periodEnd,
          appointmentId: e.appointmentId,
        })),
      };
    },

    async conditions(c, page) {
      // The diagnoses of a finished visit, or brought from elsewhere (no visit): a draft's are not shared.
      const finishedVisit = db
        .select({ id: encounters.id })
        .from(encounters)
        .where(eq(encounters.status, 'finished'));
      const where = and(
        or(isNull(conditions.encounterId), inArray(conditions.encounterId, finishedVisit)),
        ...recordWhere(c, conditions, conditions.encounterId),
        // The code is encrypted: found by its keyed hash under every look-up key the keyring accepts.
        c.code ? inArray(conditions.codeHash, cipher.lookupHashes(icd10HashInput(c.code))) : undefined,
      );
      const [items, counted] = await Promise.all([
        selectConditions(db, cipher, where, page.count, page.offset),
        db.select({ total: count() }).from(conditions).where(where),
      ]);
      return { total: counted[0]?.total ?? 0, items };
    },

    async medicationRequests(c, page) {
      const where = and(
        ne(medicationRequests.status, 'draft'),
        ...recordWhere(c, medicationRequests, medicationRequests.encounterId),
      );
      const found = await paged(
        db
          .select({ request: medicationRequests, practitionerName: fullNameOf(practitioners) })
          .from(medicationRequests)
          .innerJoin(practitioners, eq(practitioners.id, medicationRequests.practitionerId))
          .where(where)
          .orderBy(desc(medicationRequests.createdAt), desc(medicationRequests.id))
          .limit(page.count)
          .offset(page.offset),
        db.select({ total: count() }).from(medicationRequests).where(where),
      );
      return {
        total: found.total,
        items: found.items.flatMap(({ request: r, practitionerName }) =>
          r.status === 'draft'
            ? []
            : [
                {
                  id: r.id,
                  number: r.number,
                  patientId: r.patientId,
                  encounterId: r.encounterId,
                  practitioner: { id: r.practitionerId, name: practitionerName },
                  medicineId: r.medicineId,
                  medicineName: r.medicineName,
                  form: r.form,
                  strength: r.strength,
                  dosageText: openOptional(cipher, r.dosageTextEncrypted, {
                    table: 'medication_requests',
                    column: 'dosage_text_encrypted',
                    rowId: r.id,
                  }),
                  quantity: r.quantity,
                  validUntil: r.validUntil,
                  status: r.status,
                  authoredOn: r.signedAt ?? r.createdAt,
                },
              ],
        ),
      };
    },

    async immunizations(c, page) {
      const where = and(
        eq(immunizations.status, 'completed'),
        ...recordWhere(c, immunizations, immunizations.encounterId),
        ...dayIn(immunizations.occurrenceDate, c),
      );
      const found = await paged(
        db
          .select({ immunization: immunizations, organizationName: organizations.name })
          .from(immunizations)
          .leftJoin(organizations, eq(organizations.id, immunizations.organizationId))
          .where(where)
          .orderBy(desc(immunizations.occurrenceDate), desc(immunizations.id))
          .limit(page.count)
          .offset(page.offset),
        db.select({ total: count() }).from(immunizations).where(where),
      );
      return {
        total: found.total,
        items: found.items.map(({ immunization: i, organizationName }) => ({
          id: i.id,
          patientId: i.patientId,
          encounterId: i.encounterId,
          vaccineCode: i.vaccineCode,
          vaccineName: i.vaccineName,
          occurrenceDate: i.occurrenceDate,
          doseNumber: i.doseNumber,
          lotNumber: i.lotNumber,
          organization:
            i.organizationId && organizationName ? { id: i.organizationId, name: organizationName } : null,
          performerName: i.performerName,
        })),
      };
    },
  };
}
