import type { PatientRegistry } from '@talon/core/identity';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import type { FieldCipher } from '../../crypto/field-cipher';
import { patients } from '../../schema';

/** The region a self-registered patient belongs to until they attach to a clinic. */
const DEFAULT_REGION = '77';

export function createPatientRegistry(db: DbExecutor, cipher: FieldCipher): PatientRegistry {
  return {
    async findBySnilsHash(snilsHash) {
      const [row] = await db
        .select({ id: patients.id, birthDate: patients.birthDate })
        .from(patients)
        .where(eq(patients.snilsHash, snilsHash));
      return row ?? null;
    },
    async create(patient) {
      const [row] = await db
        .insert(patients)
        .values({
          surname: patient.surname,
          name: patient.name,
          patronymic: patient.patronymic,
          birthDate: patient.birthDate,
          sex: patient.sex,
          snilsHash: cipher.lookupHash(patient.snils),
          snilsEncrypted: cipher.encrypt(patient.snils),
          omsHash: patient.oms ? cipher.lookupHash(patient.oms) : null,
          omsEncrypted: patient.oms ? cipher.encrypt(patient.oms) : null,
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
