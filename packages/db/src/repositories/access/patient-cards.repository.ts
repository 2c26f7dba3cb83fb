import type { PatientCardRepository } from '@talon/core/access';
import { eq } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import { aadFor } from '../../crypto/encrypted-columns';
import type { FieldCipher } from '../../crypto/field-cipher';
import { patients } from '../../schema';

export function createPatientCardRepository(db: DbExecutor, cipher: FieldCipher): PatientCardRepository {
  return {
    async findCard(patientId) {
      const [row] = await db.select().from(patients).where(eq(patients.id, patientId));
      if (!row) return null;
      return {
        id: row.id,
        surname: row.surname,
        name: row.name,
        patronymic: row.patronymic,
        birthDate: row.birthDate,
        sex: row.sex,
        snils: row.snilsEncrypted
          ? cipher.decrypt(row.snilsEncrypted, aadFor(patients.snilsEncrypted, row.id))
          : null,
        oms: row.omsEncrypted
          ? cipher.decrypt(row.omsEncrypted, aadFor(patients.omsEncrypted, row.id))
          : null,
        phone: row.phone,
        email: row.email,
        attachedOrganizationId: row.attachedOrganizationId,
      };
    },
  };
}
