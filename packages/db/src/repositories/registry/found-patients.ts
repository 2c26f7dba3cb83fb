import { asc } from 'drizzle-orm';
import { aadFor } from '../../crypto/encrypted-columns';
import type { FieldCipher } from '../../crypto/field-cipher';
import { organizations, patients } from '../../schema';

/**
 * What a patient search shows of each card found, the desk's and the doctor's alike: the person, the sealed
 * SNILS and the clinic the patient is attached to (select from `patients` left-joined to that clinic).
 */
export const foundPatientColumns = {
  id: patients.id,
  surname: patients.surname,
  name: patients.name,
  patronymic: patients.patronymic,
  birthDate: patients.birthDate,
  sex: patients.sex,
  snilsEncrypted: patients.snilsEncrypted,
  attachedOrganizationName: organizations.name,
};

/** Found patients by name and birth date; the id keeps namesakes in a stable order. */
export const foundPatientOrder = [
  asc(patients.surname),
  asc(patients.name),
  asc(patients.birthDate),
  asc(patients.id),
];

/** The found cards with their SNILS opened (null where the card has none). */
export function openFoundSnils<Row extends { id: string; snilsEncrypted: string | null }>(
  cipher: FieldCipher,
  rows: Row[],
): (Omit<Row, 'snilsEncrypted'> & { snils: string | null })[] {
  return rows.map(({ snilsEncrypted, ...row }) => ({
    ...row,
    snils: snilsEncrypted ? cipher.decrypt(snilsEncrypted, aadFor(patients.snilsEncrypted, row.id)) : null,
  }));
}
