import { randomUUID } from 'node:crypto';
import type { PatientRegistry } from '@talon/core/identity';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import { aadFor } from '../../crypto/encrypted-columns';
import type { FieldCipher } from '../../crypto/field-cipher';
import { patients } from '../../schema';

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
      // The id is made here: the identifiers' ciphertexts are bound to it (docs/domain.md rule 18).
      const id = randomUUID();
      const [row] = await db
        .insert(patients)
        .values({
          id,
          surname: patient.surname,
          name: patient.name,
          patronymic: patient.patronymic,
          birthDate: patient.birthDate,
          sex: patient.sex,
          snilsHash: cipher.lookupHash(patient.snils),
          snilsEncrypted: cipher.encrypt(patient.snils, aadFor(patients.snilsEncrypted, id)),
          omsHash: patient.oms ? cipher.lookupHash(patient.oms) : null,
          omsEncrypted: patient.oms ? cipher.encrypt(patient.oms, aadFor(patients.omsEncrypted, id)) : null,
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
