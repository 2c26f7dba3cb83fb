import type { PatientCardRepository } from '@talon/core/privacy';
import { eq } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import { aadFor } from '../../crypto/encrypted-columns';
import type { FieldCipher } from '../../crypto/field-cipher';
import { organizations, patients } from '../../schema';

/** A person's card with the attachment clinic's name; SNILS and OMS are decrypted here. */
export function createPatientCardRepository(db: DbExecutor, cipher: FieldCipher): PatientCardRepository {
  return {
    async findCard(patientId) {
      const [row] = await db
        .select({ patient: patients, organizationName: organizations.name })
        .from(patients)
        .leftJoin(organizations, eq(organizations.id, patients.attachedOrganizationId))
        .where(eq(patients.id, patientId));
      if (!row) return null;
      const { patient } = row;
      return {
        id: patient.id,
        surname: patient.surname,
        name: patient.name,
        patronymic: patient.patronymic,
        birthDate: patient.birthDate,
        sex: patient.sex,
        snils: patient.snilsEncrypted
          ? cipher.decrypt(patient.snilsEncrypted, aadFor(patients.snilsEncrypted, patient.id))
          : null,
        oms: patient.omsEncrypted
          ? cipher.decrypt(patient.omsEncrypted, aadFor(patients.omsEncrypted, patient.id))
          : null,
        phone: patient.phone,
        email: patient.email,
        address: patient.address,
        attachment:
          patient.attachedOrganizationId && row.organizationName
            ? {
                organizationId: patient.attachedOrganizationId,
                organizationName: row.organizationName,
                district: patient.attachmentDistrict,
                since: patient.attachedSince,
              }
            : null,
      };
    },
  };
}
