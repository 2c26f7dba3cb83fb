import { CONDITION_ROLES, ENCOUNTER_CLASSES } from '@talon/vocabulary';
import { ZText, z } from './zod';

// The practitioner's visit record and e-prescriptions (issue 12, items 3 and 4; docs/doctor-cabinet.md,
// «The visit record and prescriptions»). The answers are the medical record's `Encounter` and
// `Prescription` (records.contract.ts).

const ZSectionText = ZText(20_000).nullable().optional();

export const ZEncounterSectionsInput = z
  .object({
    complaints: ZSectionText.describe('Жалобы'),
    anamnesis: ZSectionText.describe('Анамнез'),
    examination: ZSectionText.describe('Объективный осмотр'),
    conclusion: ZSectionText.describe('Заключение'),
    recommendations: ZSectionText.describe('Рекомендации'),
    followUp: ZSectionText.describe('Явка / наблюдение'),
  })
  .meta({ id: 'EncounterSectionsInput' });

export const ZDiagnosisInput = z
  .object({
    code: ZText(8).trim().min(1).describe('ICD-10 (МКБ-10) code of the reference: `I10`, `J06.9`'),
    role: z.enum(CONDITION_ROLES).describe('At most one `primary` per visit'),
  })
  .meta({ id: 'DiagnosisInput' });

export const ZStartEncounterRequest = z
  .object({
    patientId: z.uuid({ message: 'Ожидается идентификатор пациента (UUID)' }),
    appointmentId: z
      .uuid({ message: 'Ожидается идентификатор записи на приём (UUID)' })
      .nullable()
      .optional()
      .describe("The practitioner's appointment with this patient; its record is returned if it exists"),
    class: z.enum(ENCOUNTER_CLASSES).optional().describe('Ambulatory (default), video, home visit'),
    sections: ZEncounterSectionsInput.optional(),
  })
  .meta({ id: 'StartEncounterRequest' });

export const ZUpdateEncounterRequest = z
  .object({
    sections: ZEncounterSectionsInput,
    diagnoses: z
      .array(ZDiagnosisInput)
      .max(20, { message: 'Не больше 20 диагнозов' })
      .describe("All the visit's diagnoses: they replace those saved before"),
  })
  .meta({ id: 'UpdateEncounterRequest' });

export const ZAmendEncounterRequest = z
  .object({
    sections: ZEncounterSectionsInput.describe(
      'The sections as they should read now; one left out keeps its text',
    ),
    reason: ZText(1000).trim().min(1, { message: 'Укажите причину исправления' }),
  })
  .meta({ id: 'AmendEncounterRequest' });

const ZKeptText = z.string().nullable();
export const ZEncounterVersion = z
  .object({
    version: z.number().int().describe('The version this was: 1 for the first text'),
    complaints: ZKeptText,
    anamnesis: ZKeptText,
    examination: ZKeptText,
    conclusion: ZKeptText,
    recommendations: ZKeptText,
    followUp: ZKeptText,
    conditions: z.array(
      z.object({ code: z.string(), name: z.string(), role: z.enum(CONDITION_ROLES).nullable() }),
    ),
    amendedAt: z.iso.datetime({ offset: true }).describe('When the amendment that replaced it was made'),
    amendedBy: z.string().nullable().describe("The amending account's display name"),
    reason: z.string().nullable().describe("The amendment's reason"),
  })
  .meta({ id: 'EncounterVersion' });
export const ZEncounterVersionList = z
  .object({ items: z.array(ZEncounterVersion).describe('Oldest first; empty for a record never amended') })
  .meta({ id: 'EncounterVersionList' });

export const ZCreatePrescriptionRequest = z
  .object({
    patientId: z.uuid({ message: 'Ожидается идентификатор пациента (UUID)' }),
    encounterId: z.uuid().nullable().optional().describe('The visit it is written at'),
    medicineId: ZText(100).min(1).describe('An id of `GET /reference/medicines` (its МНН)'),
    form: ZText(200).min(1).describe('One of the medicine’s forms'),
    strength: ZText(100).min(1).describe('The dose: one of the form’s strengths'),
    dosageText: ZText(500).trim().min(1, { message: 'Укажите способ применения' }).describe('Signa'),
    quantity: z
      .number({ message: 'Укажите количество' })
      .int({ message: 'Количество — целое число' })
      .min(1, { message: 'Количество — от 1' })
      .max(1000, { message: 'Количество — не больше 1000' }),
    validDays: z
      .number()
      .int()
      .min(1, { message: 'Срок действия — от 1 дня' })
      .max(365, { message: 'Срок действия — не больше 365 дней' })
      .optional()
      .describe('Days of validity from today; 60 when absent'),
  })
  .meta({ id: 'CreatePrescriptionRequest' });

export const ZCancelPrescriptionRequest = z
  .object({ reason: ZText(500).trim().min(1, { message: 'Укажите причину отмены' }) })
  .meta({ id: 'CancelPrescriptionRequest' });

export const ZReferenceSearchQuery = z.object({
  q: ZText(100).trim().min(1, { message: 'Введите код или слова для поиска' }),
  limit: z.coerce.number().int().min(1).max(50).optional(),
});

export const ZIcd10Code = z
  .object({ code: z.string().describe('`I10`, `J06.9`'), name: z.string() })
  .meta({ id: 'Icd10Code' });
export const ZIcd10List = z.object({ items: z.array(ZIcd10Code) }).meta({ id: 'Icd10List' });

export const ZMedicine = z
  .object({
    id: z.string(),
    name: z.string().describe('МНН in Russian'),
    latinName: z.string(),
    forms: z.array(
      z.object({
        form: z.string(),
        strengths: z.array(z.string()),
        unit: z.string().describe('What the quantity counts: «таб.», «фл.»'),
      }),
    ),
  })
  .meta({ id: 'Medicine' });
export const ZMedicineList = z.object({ items: z.array(ZMedicine) }).meta({ id: 'MedicineList' });

export const ZVisitTemplatesQuery = z.object({
  specialty: ZText(60).min(1).describe('A specialty code: `therapist`, `cardiologist`, …'),
});
export const ZVisitTemplate = z
  .object({
    id: z.string(),
    specialty: z.string(),
    name: z.string(),
    sections: ZEncounterSectionsInput,
  })
  .meta({ id: 'VisitTemplate' });
export const ZVisitTemplateList = z
  .object({ items: z.array(ZVisitTemplate) })
  .meta({ id: 'VisitTemplateList' });
