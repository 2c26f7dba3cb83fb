import { ZText, z } from './zod';

const uuid = (what: string) => z.uuid({ message: `Ожидается идентификатор ${what} (UUID)` });
const ZIsoDate = z.iso.date({ message: 'Ожидается дата в формате ГГГГ-ММ-ДД' });

/** Why the patient joins the list (docs/domain.md §2 WaitlistEntry). */
export const ZWaitlistReason = z
  .enum(['no_free_slots', 'no_convenient_time', 'no_specialist'])
  .meta({ id: 'WaitlistReason' })
  .describe(
    'no_free_slots — нет свободных талонов; no_convenient_time — нет удобного времени; no_specialist — нет специалиста',
  );

/** `POST /api/v1/waitlist`. */
export const ZJoinWaitlistRequest = z
  .object({
    specialty: ZText(64)
      .min(1, { message: 'Укажите специальность' })
      .describe('Specialty code of the reference list (GET /api/v1/specialties)'),
    practitionerId: uuid('врача').optional().describe('Wait for this practitioner only'),
    organizationId: uuid('медицинской организации').optional().describe('Wait at this clinic only'),
    from: ZIsoDate.describe("First day of the window, the clinic's local date"),
    to: ZIsoDate.describe('Last day of the window (inclusive); at most 30 days ahead'),
    reason: ZWaitlistReason,
    patientId: uuid('пациента')
      .optional()
      .describe('A ward or an adult who consented; the caller when absent'),
  })
  .meta({ id: 'JoinWaitlistRequest' });
export type TJoinWaitlistRequest = z.infer<typeof ZJoinWaitlistRequest>;

const ZNamedRef = z.object({ id: z.uuid(), name: z.string() });

/** An open exclusive offer: the slot is kept for the patient until `expiresAt`. */
export const ZWaitlistOffer = z
  .object({
    slotId: z.uuid(),
    start: z.string().describe("ISO 8601 with the clinic's offset"),
    end: z.string(),
    timeZone: z.string().describe("The clinic's IANA time zone"),
    expiresAt: z.string().describe("The offer ends at this moment (ISO 8601 with the clinic's offset)"),
    practitioner: ZNamedRef,
    organization: ZNamedRef,
  })
  .meta({ id: 'WaitlistOffer' });

export const ZWaitlistEntry = z
  .object({
    id: z.uuid(),
    patientId: z.uuid(),
    specialty: z.object({ code: z.string(), name: z.string() }),
    practitioner: ZNamedRef.nullable(),
    organization: ZNamedRef.nullable(),
    from: z.string(),
    to: z.string(),
    reason: ZWaitlistReason,
    status: z
      .enum(['waiting', 'offered', 'fulfilled', 'expired'])
      .describe('offered: a slot is kept for the patient (see `offer`); fulfilled: booked through an offer'),
    appointmentId: z.uuid().nullable().describe('For `fulfilled`: the appointment made from the offer'),
    offer: ZWaitlistOffer.nullable(),
    createdAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'WaitlistEntry' });
export type TWaitlistEntry = z.infer<typeof ZWaitlistEntry>;

export const ZWaitlistEntryList = z
  .object({ items: z.array(ZWaitlistEntry) })
  .meta({ id: 'WaitlistEntryList' });
