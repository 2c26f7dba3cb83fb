import { SEXES, type Sex } from '@talon/vocabulary';

export { SEXES, type Sex };

/** The fields that name a person wherever Talon holds one: full name, ISO birth date, sex. */
export interface PersonFields {
  surname: string;
  name: string;
  patronymic: string | null;
  /** ISO date. */
  birthDate: string;
  sex: Sex;
}

/** A person's card as the clinic holds it: who they are and how to reach them, identifiers decrypted. */
export interface PersonCard extends PersonFields {
  id: string;
  /** `123-456-789 01`, or null for a person without one. */
  snils: string | null;
  /** The 16-digit ЕНП. */
  oms: string | null;
  phone: string | null;
  email: string | null;
}
