import type { PatientDataWriter } from '@talon/core/data-changes';
import { and, eq, ne } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import { aadFor } from '../../crypto/encrypted-columns';
import type { FieldCipher } from '../../crypto/field-cipher';
import { patients } from '../../schema';

/**
 * Writes an applied data change into the patient's card (`patients`): the name parts, birth date, address,
 * contacts, the OMS policy (encrypted, with its look-up hash) and the identity document (encrypted).
 */
export function createPatientDataWriter(db: DbExecutor, cipher: FieldCipher): PatientDataWriter {
  const set = async (patientId: string, values: Partial<typeof patients.$inferInsert>, at: Date) => {
    await db
      .update(patients)
      .set({ ...values, updatedAt: at })
      .where(eq(patients.id, patientId));
  };
  return {
    async apply(patientId, category, value, at) {
      switch (category) {
        case 'full_name': {
          const [surname, name, patronymic] = value.split(' ');
          await set(patientId, { surname, name, patronymic: patronymic ?? null }, at);
          return 'ok';
        }
        case 'birth_date':
          await set(patientId, { birthDate: value }, at);
          return 'ok';
        case 'address':
          await set(patientId, { address: value }, at);
          return 'ok';
        case 'phone':
          await set(patientId, { phone: value }, at);
          return 'ok';
        case 'email':
          await set(patientId, { email: value }, at);
          return 'ok';
        case 'oms_policy': {
          const omsHash = cipher.lookupHash(value);
          // The policy of another person on file: a typo or a fraud, never two cards with one policy.
          const [other] = await db
            .select({ id: patients.id })
            .from(patients)
            .where(and(eq(patients.omsHash, omsHash), ne(patients.id, patientId)));
          if (other) return 'taken';
          await set(
            patientId,
            { omsHash, omsEncrypted: cipher.encrypt(value, aadFor(patients.omsEncrypted, patientId)) },
            at,
          );
          return 'ok';
        }
        case 'identity_document':
          await set(
            patientId,
            {
              identityDocumentEncrypted: cipher.encrypt(
                value,
                aadFor(patients.identityDocumentEncrypted, patientId),
              ),
            },
            at,
          );
          return 'ok';
        case 'other':
          // Done by hand at the clinic: nothing on the card names it.
          return 'ok';
      }
    },
    async emailOf(patientId) {
      const [row] = await db
        .select({ email: patients.email })
        .from(patients)
        .where(eq(patients.id, patientId));
      return row?.email ?? null;
    },
  };
}
