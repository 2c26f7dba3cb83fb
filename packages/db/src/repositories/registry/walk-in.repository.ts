import type { WalkInRepository } from '@talon/core/registry';
import { eq, inArray, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import { aadFor } from '../../crypto/encrypted-columns';
import type { FieldCipher } from '../../crypto/field-cipher';
import { organizations, patients } from '../../schema';
import { newPatientCard } from '../identity/new-patient-card';

/** Walk-ins registered by the front desk: a patient card without an account, phone or e-mail. */
export function createWalkInRepository(db: DbExecutor, cipher: FieldCipher): WalkInRepository {
  return {
    async regionOf(organizationId) {
      const [row] = await db
        .select({ regionCode: organizations.regionCode })
        .from(organizations)
        .where(eq(organizations.id, organizationId));
      return row?.regionCode ?? null;
    },
    async findBySnilsHashes(snilsHashes) {
      if (!snilsHashes.length) return null;
      const [row] = await db
        .select({ id: patients.id })
        .from(patients)
        .where(inArray(patients.snilsHash, [...snilsHashes]));
      return row?.id ?? null;
    },
    async create(patient) {
      const card = newPatientCard(cipher, patient);
      const rows = await db
        .insert(patients)
        .values({
          ...card,
          identityDocumentEncrypted: cipher.encrypt(
            patient.passport,
            aadFor(patients.identityDocumentEncrypted, card.id),
          ),
          address: patient.address,
          regionCode: patient.regionCode,
          registeredOrganizationId: patient.organizationId,
        })
        // The partial unique index on the SNILS hash: a concurrent registration of the same person wins.
        .onConflictDoNothing({ target: patients.snilsHash, where: sql`${patients.snilsHash} is not null` })
        .returning({ id: patients.id });
      return rows[0]?.id ?? null;
    },
  };
}
