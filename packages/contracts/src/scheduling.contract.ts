import { SLOT_CHANNELS, VISIT_TYPES } from '@talon/vocabulary';
import { pageOf, paginationQuery } from './pagination.contract';
import { ZText, z } from './zod';

/** Weekly templates, absences and extra hours of practitioner roles, for clinic and system admins. */

const ZDateTime = z.iso.datetime({ offset: true });
const ZIsoDate = z.iso.date({ message: 'Ожидается дата в формате ГГГГ-ММ-ДД' });
const ZLocalTime = z
  .string()
  .regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, { message: 'Ожидается время ЧЧ:ММ, например 08:00' })
  .describe('Local wall-clock time of the clinic, HH:MM');
const ZUuid = z.uuid({ message: 'Ожидается идентификатор (UUID)' });

export const ZScheduleChannel = z
  .enum(SLOT_CHANNELS)
  .meta({ id: 'ScheduleChannel' })
  .describe('Who may book the slots: internet, registry, call centre, a doctor, an infomat, another clinic');
export const ZScheduleVisitType = z.enum(VISIT_TYPES).meta({ id: 'ScheduleVisitType' });

export const ZScheduleDay = z
  .object({
    weekday: z.number().int().describe('ISO weekday: 1 = Monday … 7 = Sunday'),
    start: ZLocalTime,
    end: ZLocalTime,
    breaks: z
      .array(z.object({ start: ZLocalTime, end: ZLocalTime }))
      .max(8)
      .default([])
      .describe('Breaks inside the hours'),
  })
  .meta({ id: 'ScheduleDay' });

const templateFields = {
  validFrom: ZIsoDate.describe('First day the template applies (clinic calendar)'),
  validTo: ZIsoDate.nullable().optional().describe('Last day (inclusive); open-ended when null'),
  slotMinutes: z
    .number()
    .int()
    .nullable()
    .optional()
    .describe("15 or 30; the specialty's default (legal visit norm) when left out"),
  days: z.array(ZScheduleDay).max(28).describe('Working hours per weekday, in the clinic’s local time'),
  visitTypes: z
    .array(ZScheduleVisitType)
    .max(3)
    .optional()
    .describe('The first is the visit type of the generated slots; default in_person'),
  channels: z.array(ZScheduleChannel).max(6),
  priorityPercent: z
    .number()
    .int()
    .optional()
    .describe('Share of each day’s slots reserved for privileged patients, 0–100 %; default 0'),
  priorityReleaseHours: z
    .number()
    .int()
    .optional()
    .describe('Priority slots open to everyone this many hours before they start; default 24'),
  locationId: ZUuid.nullable().optional().describe('Room of the slots; the role’s own room when null'),
};

export const ZCreateSchedule = z
  .object({ practitionerRoleId: ZUuid, ...templateFields })
  .meta({ id: 'CreateSchedule' });
export type TCreateSchedule = z.input<typeof ZCreateSchedule>;

export const ZUpdateSchedule = z.object(templateFields).meta({ id: 'UpdateSchedule' });
export type TUpdateSchedule = z.input<typeof ZUpdateSchedule>;

export const ZSchedule = z
  .object({
    id: z.uuid(),
    practitionerRoleId: z.uuid(),
    validFrom: z.string(),
    validTo: z.string().nullable(),
    slotMinutes: z.number().int(),
    days: z.array(
      z.object({
        weekday: z.number().int(),
        start: z.string(),
        end: z.string(),
        breaks: z.array(z.object({ start: z.string(), end: z.string() })),
      }),
    ),
    visitTypes: z.array(ZScheduleVisitType),
    channels: z.array(ZScheduleChannel),
    priorityPercent: z.number().int(),
    priorityReleaseHours: z.number().int(),
    locationId: z.uuid().nullable(),
    createdAt: ZDateTime,
    updatedAt: ZDateTime,
  })
  .meta({ id: 'Schedule' });
export type TSchedule = z.infer<typeof ZSchedule>;
export const ZSchedulePage = pageOf(ZSchedule).meta({ id: 'SchedulePage' });

/** What a change did to the role's slots for the booking horizon. */
export const ZSlotRegeneration = z
  .object({
    inserted: z.number().int().describe('New free slots'),
    deleted: z.number().int().describe('Free slots removed'),
    blocked: z.number().int().describe('Free slots taken out (an old appointment still refers to them)'),
    updated: z.number().int().describe('Free slots whose channels, quota or room changed'),
    conflicts: z
      .array(z.object({ slotId: z.uuid(), start: ZDateTime, end: ZDateTime }))
      .describe(
        'Booked slots no longer inside working hours: left as they are, to be resolved by the clinic',
      ),
  })
  .meta({ id: 'SlotRegeneration' });
export type TSlotRegeneration = z.infer<typeof ZSlotRegeneration>;

export const ZScheduleChange = z
  .object({ schedule: ZSchedule, regeneration: ZSlotRegeneration })
  .meta({ id: 'ScheduleChange' });
export const ZScheduleRemoval = z.object({ regeneration: ZSlotRegeneration }).meta({ id: 'ScheduleRemoval' });

/** A booked visit a schedule change leaves outside working hours, with its patient (nothing medical). */
export const ZScheduleConflict = z
  .object({
    slotId: z.uuid(),
    start: ZDateTime,
    end: ZDateTime,
    appointmentId: z.uuid().nullable(),
    patientId: z.uuid().nullable(),
    patientName: z.string().nullable().describe('Full name; nothing medical'),
  })
  .meta({ id: 'ScheduleConflict' });

/** A dry run of saving a template: the template as it would be sent, with the role and the edited template. */
export const ZSchedulePreviewRequest = z
  .object({
    practitionerRoleId: ZUuid,
    scheduleId: ZUuid.nullable().optional().describe('The template being edited; a new one when left out'),
    ...templateFields,
  })
  .meta({ id: 'SchedulePreviewRequest' });
export type TSchedulePreviewRequest = z.input<typeof ZSchedulePreviewRequest>;

export const ZSchedulePreview = z
  .object({
    practitionerRoleId: z.uuid(),
    timeZone: z.string().describe('The clinic’s IANA zone: the days and times below are its wall time'),
    from: ZDateTime.describe('The generation window: now…'),
    to: ZDateTime.describe('…to the booking horizon and a day'),
    days: z
      .array(z.object({ date: z.iso.date(), slots: z.number().int(), priority: z.number().int() }))
      .describe('Slots per clinic-local day of the window; days without slots left out'),
    slots: z
      .array(
        z.object({
          start: ZDateTime,
          end: ZDateTime,
          isPriority: z.boolean(),
          channels: z.array(ZScheduleChannel),
        }),
      )
      .describe('The slots of the first three days with slots, at most 120'),
    changes: z
      .object({
        insert: z.number().int(),
        delete: z.number().int(),
        block: z.number().int(),
        update: z.number().int(),
      })
      .describe('What saving would do to the role’s slots now'),
    conflicts: z
      .array(ZScheduleConflict)
      .describe('Booked visits the new hours would leave outside, with their patients'),
  })
  .meta({ id: 'SchedulePreview' });

export const ZSchedulesQuery = z.object({
  practitionerRole: ZUuid.optional().describe('Only templates of this practitioner role'),
  organization: ZUuid.optional().describe('Only templates of roles at this clinic'),
  ...paginationQuery,
});

export const ZScheduleExceptionKind = z
  .enum(['absence', 'vacation', 'sick_day', 'extra_hours'])
  .meta({ id: 'ScheduleExceptionKind' });

export const ZCreateScheduleException = z
  .object({
    practitionerRoleId: ZUuid,
    kind: ZScheduleExceptionKind,
    startsAt: ZDateTime.describe('ISO timestamp with offset'),
    endsAt: ZDateTime.describe('ISO timestamp with offset; after `startsAt`'),
    reason: ZText(500).optional(),
  })
  .meta({ id: 'CreateScheduleException' });
export type TCreateScheduleException = z.input<typeof ZCreateScheduleException>;

export const ZScheduleException = z
  .object({
    id: z.uuid(),
    practitionerRoleId: z.uuid(),
    kind: ZScheduleExceptionKind,
    startsAt: ZDateTime,
    endsAt: ZDateTime,
    reason: z.string().nullable(),
    createdAt: ZDateTime,
  })
  .meta({ id: 'ScheduleException' });
export type TScheduleException = z.infer<typeof ZScheduleException>;
export const ZScheduleExceptionPage = pageOf(ZScheduleException).meta({ id: 'ScheduleExceptionPage' });

export const ZScheduleExceptionChange = z
  .object({
    exception: ZScheduleException,
    regeneration: ZSlotRegeneration,
    conflicts: z
      .array(ZScheduleConflict)
      .describe('The regeneration’s conflicts with their visits and patients: what an absence leaves booked'),
  })
  .meta({ id: 'ScheduleExceptionChange' });

export const ZScheduleExceptionsQuery = z.object({
  practitionerRole: ZUuid.optional(),
  organization: ZUuid.optional(),
  from: ZDateTime.optional().describe('Exceptions ending after this moment'),
  to: ZDateTime.optional().describe('Exceptions starting before this moment'),
  ...paginationQuery,
});

/** Clinic-side cancellation of a practitioner's day or period (docs/domain.md rule 8). */
export const ZCancelPeriodRequest = z
  .object({
    from: ZDateTime.describe('ISO timestamp with offset'),
    to: ZDateTime.describe('ISO timestamp with offset; after `from`'),
    /** Required: checked by the use case, so a missing reason gets its own Russian message. */
    reason: z.string().max(500, { message: 'Причина — не длиннее 500 символов' }).optional(),
    kind: z
      .enum(['absence', 'vacation', 'sick_day'], { message: 'Вид отмены: absence, vacation или sick_day' })
      .optional()
      .describe('Default `absence`'),
  })
  .meta({ id: 'CancelPeriodRequest' });
export type TCancelPeriodRequest = z.infer<typeof ZCancelPeriodRequest>;

export const ZCancelPeriodResult = z
  .object({
    cancelled: z.number().int().describe('Appointments now `cancelled_by_clinic`'),
    blockedSlots: z.number().int(),
    appointments: z.array(z.object({ id: z.uuid(), patientId: z.uuid() })),
  })
  .meta({ id: 'CancelPeriodResult' });

/** The dry run of a clinic-side cancellation: the visits it would cancel, nothing medical. */
export const ZCancelPeriodPreview = z
  .object({
    timeZone: z.string().describe('The clinic’s IANA zone'),
    visits: z.array(
      z.object({
        appointmentId: z.uuid(),
        start: ZDateTime,
        patientName: z.string().describe('Surname, name, patronymic'),
        channels: z
          .array(z.enum(['sms', 'email', 'in_app', 'push']))
          .describe('Where the cancellation message would go (the recipient’s addresses and preferences)'),
      }),
    ),
  })
  .meta({ id: 'CancelPeriodPreview' });
