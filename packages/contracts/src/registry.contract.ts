import { personFields, ZSex } from './person.contract';
import { ZText, z } from './zod';

/**
 * `POST /api/v1/registry/patients/search` (body): who the registrar is looking for. At least one of SNILS, OMS, phone, or
 * a surname with a birth date; a name narrows a surname search. Formats are checked by the use case (the
 * same rules as registration), which reports every bad field at once.
 */
export const ZPatientSearchQuery = z.object({
  snils: ZText(20).optional().describe('SNILS, separators allowed: 112-233-445 95'),
  oms: ZText(30).optional().describe('OMS policy number (ЕНП, 16 digits)'),
  phone: ZText(30).optional().describe('Phone, any common Russian notation'),
  surname: ZText(100).optional().describe('Surname (ё and е match each other); needs birthDate'),
  name: ZText(100).optional().describe('Given name; narrows a surname search'),
  birthDate: ZText(20).optional().describe('дд.мм.гггг or ISO 8601 date'),
});

export const ZFoundPatient = z
  .object({
    id: z.uuid(),
    ...personFields,
    snils: z.string().nullable().describe('Masked: `***-***-445 95`'),
    phone: z.string().nullable(),
    attachedOrganization: z
      .object({ id: z.uuid(), name: z.string() })
      .nullable()
      .describe('The clinic the patient is attached to'),
    accessBasis: z
      .enum(['self', 'representative', 'booking_consent', 'care', 'registry', 'organization', 'emergency'])
      .describe(
        'Why the caller may see this person (registry staff: `registry`; clinic admins: `organization`)',
      ),
  })
  .meta({ id: 'FoundPatient' });

export const ZPatientSearchResult = z
  .object({
    items: z.array(ZFoundPatient).describe('At most 20, by surname, name and birth date'),
    truncated: z.boolean().describe('More people matched than are shown: narrow the search'),
  })
  .meta({ id: 'PatientSearchResult' });

const required = (max: number, message: string) => ZText(max).trim().min(1, { message });

/**
 * `POST /api/v1/registry/patients` (body): a walk-in without a phone or an e-mail, typed from their
 * documents. Formats (SNILS check digits, passport, names, birth date) are checked by the use case, which
 * reports every bad field at once; the web form uses this schema for the required fields.
 */
export const ZWalkInRegistration = z
  .object({
    surname: required(100, 'Укажите фамилию.').describe('Surname, as in the passport'),
    name: required(100, 'Укажите имя.').describe('Given name'),
    patronymic: ZText(100).optional().describe('Patronymic, when the person has one'),
    birthDate: required(20, 'Укажите дату рождения.').describe('дд.мм.гггг or ISO 8601 date'),
    sex: ZSex,
    snils: required(20, 'Укажите СНИЛС.').describe(
      'SNILS, separators allowed: 112-233-445 95 (checksum checked)',
    ),
    passport: required(20, 'Укажите серию и номер паспорта.').describe(
      'Passport series and number: 45 12 345678',
    ),
    address: ZText(300).optional().describe('Address of residence'),
    organizationId: z
      .uuid()
      .optional()
      .describe("The registering clinic; defaults to the registrar's only clinic"),
  })
  .meta({ id: 'WalkInRegistration' });

export const ZWalkInRegistered = z
  .object({ id: z.uuid().describe("The new patient's id (no account)") })
  .meta({ id: 'WalkInRegistered' });

/** `GET /api/v1/registry/queue` (query). */
export const ZQueueQuery = z.object({
  organizationId: z.uuid().optional().describe("The clinic; defaults to the registrar's only clinic"),
});

export const ZQueueLine = z
  .object({
    id: z.uuid(),
    ticketNumber: z.string().describe('ГП14-20261130-0042'),
    initials: z.string().describe('«И. М. П.»: the hall sees no names (152-ФЗ)'),
    startsAt: z.iso.datetime({ offset: true }),
    state: z
      .enum(['arrived', 'waiting', 'late'])
      .describe('Checked in; before the start; the start has passed without a check-in'),
  })
  .meta({ id: 'QueueLine' });

export const ZQueue = z
  .object({
    organizationId: z.uuid(),
    lines: z.array(ZQueueLine).describe("Today's visits of the clinic by start time"),
  })
  .meta({ id: 'Queue' });
