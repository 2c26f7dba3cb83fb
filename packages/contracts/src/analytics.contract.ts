import { BOOKING_CHANNELS, CANCELLED_BY_KINDS, LOAD_DETAILS } from '@talon/vocabulary';
import { ZText, z } from './zod';

/** Clinic analytics (issue 13 item 4): waits against the legal norms and the load of a period. */

const ZIsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .describe('Clinic-local date `YYYY-MM-DD`');

export const ZWaitsQuery = z.object({
  organization: z.uuid().optional().describe('One clinic; without it all of the caller’s clinics'),
  specialty: ZText(64).optional().describe('Specialty code, e.g. `therapist`'),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(500)
    .default(100)
    .describe('Rows of the answer (violations first); an all-clinic answer is thousands of rows'),
  offset: z.coerce.number().int().min(0).default(0).describe('Rows skipped (the next page)'),
});

export const ZWaitNorm = z
  .object({
    kind: z.enum(['hours', 'working_days', 'none']),
    limit: z.number().int().nullable().describe('24 (hours) or 14 (working days); null without a norm'),
  })
  .meta({ id: 'WaitNorm' });

export const ZSpecialtyWait = z
  .object({
    organizationId: z.uuid(),
    organizationName: z.string(),
    specialtyCode: z.string(),
    specialtyName: z.string(),
    thirdSlotAt: z.iso.datetime({ offset: true }).nullable().describe('Start of the third next free slot'),
    calendarDays: z.number().nullable().describe('Days to it (hours / 24, one decimal)'),
    workingDays: z.number().int().nullable().describe('Working days of the production calendar to its day'),
    norm: ZWaitNorm,
    status: z
      .enum(['met', 'violated', 'not_applicable'])
      .describe('`met` «норма соблюдается», `violated` «нарушена» (also without a third free slot)'),
  })
  .meta({ id: 'SpecialtyWait' });
export type TSpecialtyWait = z.infer<typeof ZSpecialtyWait>;

export const ZWaitsReport = z
  .object({
    generatedAt: z.iso.datetime({ offset: true }),
    items: z.array(ZSpecialtyWait).describe('Violations first; one page (`limit`, `offset`)'),
    total: z.number().int().describe('Rows of every page'),
  })
  .meta({ id: 'WaitsReport' });

export const ZLoadQuery = z.object({
  from: ZIsoDate.optional().describe('First day (clinic-local); default: 29 days before `to`'),
  to: ZIsoDate.optional().describe('Last day, inclusive; default: today (at most 92 days in all)'),
  organization: z.uuid().optional().describe('One clinic; without it all of the caller’s clinics'),
  specialty: ZText(64).optional(),
  practitioner: z.uuid().optional(),
  detail: z
    .enum(LOAD_DETAILS)
    .optional()
    .describe(
      'The finest grouping: `organizations` always, `specialties` unless `organization`, `groups` (per practitioner) only for `practitioner`. Default: `practitioner` when the caller sees one clinic (or names it), `organization` for several — an all-clinic practitioner list is thousands of rows (megabytes)',
    ),
});

const figures = {
  offered: z.number().int().describe('Slots open to booking (not blocked)'),
  booked: z.number().int().describe('Appointments made (a rescheduled one counts at its new time)'),
  fulfilled: z.number().int(),
  noshow: z.number().int(),
  cancelledByPatient: z
    .number()
    .int()
    .describe('Status `cancelled_by_patient`: the sum of `cancelledBy` patient, representative and registry'),
  cancelledByClinic: z.number().int().describe('Status `cancelled_by_clinic`: `cancelledBy.clinic`'),
  cancelledBy: z
    .object(
      Object.fromEntries(CANCELLED_BY_KINDS.map((kind) => [kind, z.number().int()])) as {
        [K in (typeof CANCELLED_BY_KINDS)[number]]: z.ZodNumber;
      },
    )
    .describe(
      'Cancellations by who acted: the patient, their representative, the registry on the patient’s behalf, the clinic (a cancelled period, an approved absence)',
    ),
  channels: z.object(
    Object.fromEntries(BOOKING_CHANNELS.map((c) => [c, z.number().int()])) as {
      [C in (typeof BOOKING_CHANNELS)[number]]: z.ZodNumber;
    },
  ),
  onlineShare: z
    .number()
    .nullable()
    .describe('Booked online (internet, mobile) / booked, 0–1; null without bookings'),
};

const organizationIdentity = { organizationId: z.uuid(), organizationName: z.string() };
const specialtyIdentity = { ...organizationIdentity, specialtyCode: z.string(), specialtyName: z.string() };

export const ZLoadReport = z
  .object({
    from: z.string(),
    to: z.string(),
    detail: z.enum(LOAD_DETAILS).describe('The grouping of the answer'),
    totals: z.object(figures),
    days: z.array(z.object({ date: z.string(), ...figures })).describe('One point per day of the period'),
    organizations: z
      .array(z.object({ ...organizationIdentity, ...figures }))
      .describe('Per clinic over the period'),
    specialties: z
      .array(z.object({ ...specialtyIdentity, ...figures }))
      .describe('Per clinic × specialty over the period; empty when `detail` is `organization`'),
    groups: z
      .array(
        z.object({
          ...specialtyIdentity,
          practitionerId: z.uuid(),
          practitionerName: z.string(),
          ...figures,
        }),
      )
      .describe(
        'Per clinic × specialty × practitioner over the period; empty unless `detail` is `practitioner`',
      ),
  })
  .meta({ id: 'LoadReport' });
