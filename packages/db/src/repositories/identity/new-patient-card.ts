import { randomUUID } from 'node:crypto';
import { aadFor } from '../../crypto/encrypted-columns';
import type { FieldCipher } from '../../crypto/field-cipher';
import { patients } from '../../schema';

type Person = Pick<typeof patients.$inferInsert, 'surname' | 'name' | 'patronymic' | 'birthDate' | 'sex'> & {
  snils: string;
};

/**
 * The first columns of a new patient card, however it is registered (online or at the desk): the person and
 * the SNILS, hashed for look-ups and sealed. The id is made here: the identifiers' ciphertexts are bound to
 * it (docs/domain.md rule 18), so bind the card's other sealed columns to the `id` returned.
 */
export function newPatientCard(cipher: FieldCipher, person: Person) {
  const id = randomUUID();
  return {
    id,
    surname: person.surname,
    name: person.name,
    patronymic: person.patronymic,
    birthDate: person.birthDate,
    sex: person.sex,
    snilsHash: cipher.lookupHash(person.snils),
    snilsEncrypted: cipher.encrypt(person.snils, aadFor(patients.snilsEncrypted, id)),
  };
}
