import { pageOf, paginationQuery } from './pagination.contract';
import { ZOffsetDateTimeText, ZText, z } from './zod';

const SLOT_VISIT_TYPES = ['in_person', 'video', 'home'] as const;
export const ZSlotVisitType = z.enum(SLOT_VISIT_TYPES).meta({ id: 'SlotVisitType' });

/** An instant with an explicit offset (or `Z`), parsed to a Date so that a bad one is a 400 naming the field. */
const ZInstant = ZOffsetDateTimeText.transform((value) => new Date(value)).refine(
  (date) => !Number.isNaN(date.getTime()),
  { message: 'Такой даты не существует' },
);

const slotFilters = {
  region: z
    .string()
    .regex(/^\d{2}$/, { message: 'Код региона — две цифры, например 77' })
    .optional()
    .describe('Region code, e.g. 39'),
  specialty: ZText(64).optional().describe('Specialty code, e.g. therapist'),
  organization: z.uuid({ message: 'Ожидается идентификатор организации (UUID)' }).optional(),
  from: ZInstant.optional().describe('Earliest start, ISO 8601 with offset; now by default'),
  to: ZInstant.optional().describe('Latest start (exclusive), ISO 8601 with offset; the horizon by default'),
  visitType: ZSlotVisitType.optional(),
  patientId: z
    .uuid({ message: 'Ожидается идентификатор пациента (UUID)' })
    .optional()
    .describe('Whom the visit is for (a ward; any patient for the registry): their age and quota apply'),
};

export const ZListSlotsQuery = z.object({
  ...slotFilters,
  practitioner: z.uuid({ message: 'Ожидается идентификатор врача (UUID)' }).optional(),
  ...paginationQuery,
});
export type TListSlotsQuery = z.infer<typeof ZListSlotsQuery>;

export const ZSlotCalendarQuery = z.object({
  ...slotFilters,
  practitioner: z.uuid({ message: 'Ожидается идентификатор врача (UUID)' }).optional(),
});
export type TSlotCalendarQuery = z.infer<typeof ZSlotCalendarQuery>;

export const ZNearestSlotsQuery = z.object({ ...slotFilters, ...paginationQuery });
export type TNearestSlotsQuery = z.infer<typeof ZNearestSlotsQuery>;

const ZNamed = z.object({ id: z.uuid(), name: z.string() });

export const ZFreeSlot = z
  .object({
    id: z.uuid(),
    start: z.string().describe("ISO 8601 with the clinic's offset, e.g. 2026-12-01T09:00:00+02:00"),
    end: z.string().describe("ISO 8601 with the clinic's offset"),
    timeZone: z.string().describe("The clinic's IANA time zone, e.g. Europe/Kaliningrad"),
    visitType: ZSlotVisitType,
    isPriority: z
      .boolean()
      .describe('A priority-quota slot not yet released (shown to privileged patients and staff)'),
    room: z.string().nullable(),
    practitioner: ZNamed,
    organization: ZNamed,
    specialty: z.object({ code: z.string(), name: z.string() }),
  })
  .meta({ id: 'FreeSlot' });
export type TFreeSlot = z.infer<typeof ZFreeSlot>;

export const ZFreeSlotPage = pageOf(ZFreeSlot)
  .extend({
    total: z.number().int().describe('Matches counted up to 200; see totalIsCapped'),
    totalIsCapped: z
      .boolean()
      .describe('True when there are more than 200 matches: `total` is then 200 and more pages follow'),
  })
  .meta({ id: 'FreeSlotPage' });
export type TFreeSlotPage = z.infer<typeof ZFreeSlotPage>;

export const ZSlotCalendar = z
  .object({
    days: z.array(
      z.object({
        date: z.iso.date().describe('Clinic-local date, YYYY-MM-DD'),
        free: z.number().int().describe('Free slots the caller may book that day'),
      }),
    ),
  })
  .meta({ id: 'SlotCalendar' });
export type TSlotCalendar = z.infer<typeof ZSlotCalendar>;

export const ZNearestSlot = z
  .object({
    practitionerRoleId: z.uuid(),
    practitioner: ZNamed,
    organization: ZNamed,
    specialty: z.object({ code: z.string(), name: z.string() }),
    slot: ZFreeSlot.nullable().describe('The first free slot; null when none in the window'),
  })
  .meta({ id: 'NearestSlot' });
export const ZNearestSlotPage = pageOf(ZNearestSlot).meta({ id: 'NearestSlotPage' });
export type TNearestSlotPage = z.infer<typeof ZNearestSlotPage>;
