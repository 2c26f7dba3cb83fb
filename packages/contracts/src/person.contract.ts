import { SEXES } from '@talon/vocabulary';
import { z } from './zod';

/** Sex as the clinic's records hold it (core's `SEXES`; apps/api keeps the two lists equal in a test). */
export const ZSex = z.enum(SEXES);

/** The fields that name a person in every answer: full name, ISO birth date, sex (core's `PersonFields`). */
export const personFields = {
  surname: z.string(),
  name: z.string(),
  patronymic: z.string().nullable(),
  birthDate: z.string().describe('ISO date'),
  sex: ZSex,
};
