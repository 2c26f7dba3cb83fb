import { SYMPTOM_BODY_AREAS } from '@talon/vocabulary/symptom-guide';
import { ZText, z } from './zod';

/** The symptom-to-specialty guide (issue 17 item 4; docs/symptom-guide.md). */

/** The longest complaint taken: a few sentences in one's own words. */
export const SYMPTOM_TEXT_MAX = 1000;

/** `POST /api/v1/symptom-guide`: the complaint in one's own words and/or picked symptoms. Never stored. */
export const ZSymptomGuideRequest = z
  .object({
    text: ZText(SYMPTOM_TEXT_MAX)
      .optional()
      .describe('The complaint in the patient’s own words, in Russian («болит голова третий день»)'),
    bodyArea: z.enum(SYMPTOM_BODY_AREAS).optional().describe('The body area chosen in the picker'),
    symptoms: z
      .array(z.string().regex(/^[a-z][a-z0-9-]{0,49}$/, { message: 'Неизвестный код симптома' }))
      .max(20)
      .optional()
      .describe('Symptom codes of GET /api/v1/symptom-guide'),
    age: z.int().min(0).max(130).optional().describe('Age in full years: below 18, children’s doctors'),
  })
  .refine((body) => (body.text?.trim().length ?? 0) > 0 || (body.symptoms?.length ?? 0) > 0, {
    path: ['text'],
    message: 'Опишите жалобу своими словами или отметьте симптомы',
  })
  .meta({ id: 'SymptomGuideRequest' });
export type TSymptomGuideRequest = z.infer<typeof ZSymptomGuideRequest>;

const ZRedFlag = z
  .object({
    code: z.string(),
    title: z.string(),
    advice: z.string(),
    phone: z.string().describe('The number to call: 103'),
  })
  .meta({ id: 'SymptomRedFlag' });

const ZSpecialtySuggestion = z
  .object({
    specialtyCode: z.string().describe('A specialty code of GET /api/v1/specialties'),
    specialtyName: z.string(),
    reason: z.string(),
    symptoms: z.array(z.string()).describe('The recognised symptoms that led here (names of the table)'),
    selfBooking: z.boolean(),
    referralRequired: z.boolean(),
  })
  .meta({ id: 'SpecialtySuggestion' });

export const ZSymptomGuideAnswer = z
  .object({
    redFlags: z.array(ZRedFlag).describe('Signs that need an ambulance: show these first'),
    suggestions: z.array(ZSpecialtySuggestion).describe('Where to book, best first'),
    recognized: z.array(z.object({ code: z.string(), name: z.string() })),
    rankedBy: z.enum(['rules', 'model']),
    disclaimer: z.string().describe('It is not a diagnosis'),
    rulesVersion: z.string(),
  })
  .meta({ id: 'SymptomGuideAnswer' });
export type TSymptomGuideAnswer = z.infer<typeof ZSymptomGuideAnswer>;

const ZSymptomOption = z.object({ code: z.string(), name: z.string() });

/** `GET /api/v1/symptom-guide`: the picker's body areas and symptoms, and the table's review. */
export const ZSymptomGuideOptions = z
  .object({
    bodyAreas: z.array(
      z.object({ code: z.enum(SYMPTOM_BODY_AREAS), name: z.string(), symptoms: z.array(ZSymptomOption) }),
    ),
    disclaimer: z.string(),
    rulesVersion: z.string(),
    reviewedBy: z.string(),
    reviewedAt: z.string(),
  })
  .meta({ id: 'SymptomGuideOptions' });
