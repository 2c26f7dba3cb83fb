import type { PatientSearchRepository } from '@talon/core/registry';
import { and, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import type { FieldCipher } from '../../crypto/field-cipher';
import { accounts, organizations, patients } from '../../schema';
import { knownInScope } from '../access/registry-scope-sql';
import { foundPatientColumns, foundPatientOrder, openFoundSnils } from './found-patients';

// Matches the expression index of migration 0007.
const foldedSurname = sql`translate(${patients.surname}, 'Ёё', 'Ее')`;
const foldedName = sql`translate(${patients.name}, 'Ёё', 'Ее')`;

/** Registry look-ups of patients by blind index, phone, or surname and birth date (all indexed). */
export function createPatientSearchRepository(db: DbExecutor, cipher: FieldCipher): PatientSearchRepository {
  return {
    async find(lookup, limit) {
      const conditions: SQL[] = [];
      if (lookup.snilsHashes?.length) conditions.push(inArray(patients.snilsHash, [...lookup.snilsHashes]));
      if (lookup.omsHashes?.length) conditions.push(inArray(patients.omsHash, [...lookup.omsHashes]));
      if (lookup.phone) {
        // The phone on the clinic's file, or the confirmed phone of the patient's own account.
        conditions.push(
          or(
            eq(patients.phone, lookup.phone),
            sql`exists (select 1 from ${accounts} where ${accounts.patientId} = ${patients.id} and ${accounts.phone} = ${lookup.phone})`,
          )!,
        );
      }
      if (lookup.surname) conditions.push(sql`${foldedSurname} = ${lookup.surname}`);
      if (lookup.name) conditions.push(sql`${foldedName} = ${lookup.name}`);
      if (lookup.birthDate) conditions.push(eq(patients.birthDate, lookup.birthDate));
      if (lookup.knownTo) {
        conditions.push(
          knownInScope(lookup.knownTo, sql`${patients.id}`, sql`${patients.attachedOrganizationId}`),
        );
      }
      // The use case always sends a criterion; an empty search must never list the register.
      if (conditions.length === 0) return [];
      const rows = await db
        .select({
          ...foundPatientColumns,
          phone: patients.phone,
          attachedOrganizationId: patients.attachedOrganizationId,
        })
        .from(patients)
        .leftJoin(organizations, eq(organizations.id, patients.attachedOrganizationId))
        .where(and(...conditions))
        .orderBy(...foundPatientOrder)
        .limit(limit);
      return openFoundSnils(cipher, rows);
    },
  };
}
