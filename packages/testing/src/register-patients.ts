import { createFieldCipher, type Database, type FieldCipherKeys, schema } from '@talon/db';

/**
 * A patient as the clinic's register holds them, without an account: SNILS and OMS encrypted, with their
 * blind indexes (docs/domain.md rule 18) computed with `keys` (the test configuration's secrets).
 */
export async function buildRegisteredPatient(
  db: Database,
  keys: FieldCipherKeys,
  person: {
    surname: string;
    name: string;
    patronymic?: string | null;
    birthDate: string;
    sex?: 'male' | 'female';
    snils?: string;
    oms?: string;
    phone?: string;
    regionCode?: string;
  },
) {
  const cipher = createFieldCipher(keys);
  const [row] = await db
    .insert(schema.patients)
    .values({
      surname: person.surname,
      name: person.name,
      patronymic: person.patronymic === undefined ? 'Ивановна' : person.patronymic,
      birthDate: person.birthDate,
      sex: person.sex ?? 'female',
      regionCode: person.regionCode ?? '77',
      snilsHash: person.snils ? cipher.lookupHash(person.snils) : null,
      snilsEncrypted: person.snils ? cipher.encrypt(person.snils) : null,
      omsHash: person.oms ? cipher.lookupHash(person.oms) : null,
      omsEncrypted: person.oms ? cipher.encrypt(person.oms) : null,
      phone: person.phone ?? null,
    })
    .returning();
  return row!;
}
