import { ZText, z } from './zod';

const uuid = (what: string) => z.uuid({ message: `Ожидается идентификатор ${what} (UUID)` });
const ZIsoDate = z.iso.date({ message: 'Ожидается дата в формате ГГГГ-ММ-ДД' });

/** `POST /api/v1/referrals`: a practitioner refers their own patient to a specialty. */
export const ZIssueReferralRequest = z
  .object({
    patientId: uuid('пациента'),
    specialty: ZText(64)
      .min(1, { message: 'Укажите специальность' })
      .describe('Specialty code of the reference list (GET /api/v1/specialties)'),
    diagnosisCode: ZText(16)
      .nullish()
      .describe(
        'ICD-10 (МКБ-10) code of the reason, e.g. `J06.9`; Cyrillic look-alikes and `J06,9` accepted',
      ),
    validUntil: ZIsoDate.optional().describe(
      "Last valid day (clinic's local date); today + 30 days when absent; today … today + 1 year",
    ),
  })
  .meta({ id: 'IssueReferralRequest' });
export type TIssueReferralRequest = z.infer<typeof ZIssueReferralRequest>;

const ZNamedRef = z.object({ id: z.uuid(), name: z.string() });

export const ZReferral = z
  .object({
    id: z.uuid(),
    patientId: z.uuid(),
    specialty: z.object({ code: z.string(), name: z.string() }),
    diagnosisCode: z
      .string()
      .nullable()
      .optional()
      .describe(
        'ICD-10, canonical (`J06.9`); medical (docs/domain.md rule 24): absent from the booking view of registrars, booking-consent proxies and parents without medical access',
      ),
    validUntil: z.string().describe("Last valid day, `YYYY-MM-DD` in the issuing clinic's zone"),
    issuedBy: ZNamedRef.nullable().describe('The practitioner who issued it'),
    organization: ZNamedRef.nullable().describe('The issuing clinic'),
    usedByAppointmentId: z.uuid().nullable(),
    cancelledAt: z.iso.datetime({ offset: true }).nullable(),
    createdAt: z.iso.datetime({ offset: true }),
    isUsable: z.boolean().describe('Not cancelled, not used, not expired: can be chosen when booking'),
  })
  .meta({ id: 'Referral' });
export type TReferral = z.infer<typeof ZReferral>;

export const ZReferralList = z.object({ items: z.array(ZReferral) }).meta({ id: 'ReferralList' });
export type TReferralList = z.infer<typeof ZReferralList>;

/** `GET /api/v1/referrals`. */
export const ZListReferralsQuery = z.object({
  patientId: uuid('пациента')
    .optional()
    .describe("A ward's (or, for the registry, a patient's) referrals; mine and my wards' when absent"),
  specialty: ZText(64).min(1).optional().describe('Only referrals to this specialty code'),
  usable: z
    .enum(['true', 'false'], { message: 'Ожидается true или false' })
    .optional()
    .transform((value) => value === 'true')
    .describe('`true`: only referrals that can still be used for booking'),
});
