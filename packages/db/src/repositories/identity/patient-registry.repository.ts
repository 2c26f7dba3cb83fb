import type { PatientRegistry } from '@talon/core/identity';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import { aadFor } from '../../crypto/encrypted-columns';
import type { FieldCipher } from '../../crypto/field-cipher';
import { patients } from '../../schema';
import { newPatientCard } from './new-patient-card';

/** The region a self-registered patient belongs to until they attach to a clinic. */
const DEFAULT_REGION = '77';

export function createPatientRegistry(db: DbExecutor, cipher: FieldCipher): PatientRegistry {
  return {
    async findBySnilsHash(snilsHashes) {
      if (!snilsHashes.length) return null;
      const [row] = await db
        .select({ id: patients.id, birthDate: patients.birthDate })
        .from(patients)
        .where(inArray(patients.snilsHash, [...snilsHashes]));
      return row ?? null;
    },
    async create(patient) {
      const card = newPatientCard(cipher, patient);
      const [row] = await db
        .insert(patients)
        .values({
          ...card,
          omsHash: patient.oms ? cipher.lookupHash(patient.oms) : null,
          omsEncrypted: patient.oms
            ? cipher.encrypt(patient.oms, aadFor(patients.omsEncrypted, card.id))
            : null,
          phone: patient.phone,
          email: patient.email,
          regionCode: DEFAULT_REGION,
        })
        .returning({ id: patients.id });
      return row!.id;
    },
    async fillContacts(id, contacts) {
      await db
        .update(patients)
        .set({ phone: contacts.phone })
        .where(and(eq(patients.id, id), isNull(patients.phone)));
      if (contacts.email) {
        await db
          .update(patients)
          .set({ email: contacts.email, updatedAt: sql`now()` })
          .where(and(eq(patients.id, id), isNull(patients.email)));
      }
    },
  };
}
