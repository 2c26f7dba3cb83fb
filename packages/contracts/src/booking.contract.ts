import { APPOINTMENT_STATUSES, VISIT_TYPES } from '@talon/vocabulary';
import { pageOf, paginationQuery } from './pagination.contract';
import { ZProblem } from './problem.contract';
import { ZOffsetDateTimeText, ZText, z } from './zod';

export const ZAppointmentStatus = z.enum(APPOINTMENT_STATUSES).meta({ id: 'AppointmentStatus' });
export type TAppointmentStatus = z.infer<typeof ZAppointmentStatus>;

const uuid = (what: string) => z.uuid({ message: `Ожидается идентификатор ${what} (UUID)` });

/** An instant with an explicit offset, parsed to a Date (a bad one is a 400 naming the field). */
const ZBookingInstant = ZOffsetDateTimeText.transform((value) => new Date(value));

/** `POST /api/v1/appointments`; the `Idempotency-Key` header is required. */
export const ZBookAppointmentRequest = z
  .object({
    slotId: uuid('талона'),
    patientId: uuid('пациента')
      .optional()
      .describe('A ward or an adult who consented; any patient for a registrar. The caller when absent'),
    referralId: uuid('направления')
      .optional()
      .describe('A referral (направление), when the specialty needs one'),
    reason: ZText(500).optional().describe('Reason for the visit, free text (stored encrypted)'),
    overrideReason: ZText(500)
      .optional()
      .describe(
        'Registrar only: overrides channel, quota, limit and attachment rules (docs/domain.md rule 5a); audited',
      ),
  })
  .meta({ id: 'BookAppointmentRequest' });
export type TBookAppointmentRequest = z.infer<typeof ZBookAppointmentRequest>;

export const ZCancelAppointmentRequest = z
  .object({
    reason: ZText(500)
      .optional()
      .describe("Required inside the clinic's cancellation window (24 h before the visit by default)"),
  })
  .meta({ id: 'CancelAppointmentRequest' });

export const ZRescheduleAppointmentRequest = z
  .object({
    slotId: uuid('талона').describe('The new slot: same specialty, within 30 days of the original date'),
  })
  .meta({ id: 'RescheduleAppointmentRequest' });

export const ZHoldSlotRequest = z
  .object({
    patientId: uuid('пациента').optional().describe('Whom the slot is held for; the caller when absent'),
  })
  .meta({ id: 'HoldSlotRequest' });

export const ZSlotHold = z
  .object({
    slotId: z.uuid(),
    heldUntil: z.iso
      .datetime({ offset: true })
      .describe('The hold ends by itself at this moment (5 minutes)'),
  })
  .meta({ id: 'SlotHold' });

export const ZCheckInRequest = z
  .object({
    payload: z
      .string()
      .min(1)
      .max(200)
      .optional()
      .describe("The ticket's QR payload: `appointmentId.signature` (HMAC), verifiable offline"),
    code: ZText(20)
      .optional()
      .describe(
        "Instead of the payload: the ticket's human code typed at the desk (`K7QX-M2PA`; case, spaces and dashes ignored)",
      ),
  })
  .meta({ id: 'CheckInRequest' });

const ZNamedRef = z.object({ id: z.uuid(), name: z.string() });

/** The patient's review of the visit. */
export const ZAppointmentReview = z
  .object({
    rating: z.number().int().min(1).max(5),
    comment: z.string().nullable(),
    createdAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'AppointmentReview' });

/** An appointment as the patient and staff see it; times in the clinic's zone with the offset. */
export const ZAppointment = z
  .object({
    id: z.uuid(),
    patientId: z.uuid(),
    status: ZAppointmentStatus,
    code: z.string().describe('Human code, e.g. `K7QX-M2PA` (no 0/O, 1/I/L)'),
    ticketNumber: z.string().describe('Clinic short code – local date – sequence, e.g. `ГП14-20261130-0042`'),
    channel: z.string(),
    visitType: z.enum(VISIT_TYPES),
    specialty: z.object({ code: z.string(), name: z.string() }),
    slot: z.object({
      id: z.uuid(),
      start: z.string().describe("ISO 8601 with the clinic's offset, e.g. 2026-12-01T09:00:00+03:00"),
      end: z.string(),
      timeZone: z.string().describe("The clinic's IANA time zone"),
    }),
    organization: z.object({ id: z.uuid(), name: z.string(), address: z.string() }),
    room: z.string().nullable(),
    practitioner: ZNamedRef,
    reason: z
      .string()
      .nullable()
      .optional()
      .describe(
        "The patient's reason for the visit; medical (docs/domain.md rule 24): absent from the booking view of registrars, call centres, booking-consent proxies and parents without medical access",
      ),
    cancellationReason: z
      .string()
      .nullable()
      .optional()
      .describe('Why it was cancelled; medical, absent from the booking view like `reason`'),
    rescheduledToId: z.uuid().nullable().describe('For `rescheduled`: the appointment it was moved to'),
    createdAt: z.iso.datetime({ offset: true }),
    review: ZAppointmentReview.nullable().describe("The patient's review, once written"),
    canReview: z
      .boolean()
      .describe('True when the visit is `fulfilled` and has no review yet (POST …/review)'),
  })
  .meta({ id: 'Appointment' });
export type TAppointment = z.infer<typeof ZAppointment>;

export const ZAppointmentPage = pageOf(ZAppointment).meta({ id: 'AppointmentPage' });

const appointmentFilters = {
  status: z
    .union([ZAppointmentStatus, z.array(ZAppointmentStatus)])
    .optional()
    .describe('One or several statuses (repeat the parameter)'),
  from: ZBookingInstant.optional().describe('Visits starting at or after, ISO 8601 with offset'),
  to: ZBookingInstant.optional().describe('Visits starting before, ISO 8601 with offset'),
  patientId: uuid('пациента')
    .optional()
    .describe("One person's visits: a ward, or a patient for the registry"),
  practitioner: uuid('врача').optional().describe('Visits with this practitioner only'),
};

/** A period that ends before it starts is a mistake to name, not an empty list. */
const periodInOrder = (query: { from?: Date | undefined; to?: Date | undefined }) =>
  !query.from || !query.to || query.from.getTime() < query.to.getTime();
const PERIOD_ORDER = { message: 'Конец периода должен быть позже начала', path: ['to'] };

export const ZListAppointmentsQuery = z
  .object({ ...appointmentFilters, ...paginationQuery })
  .refine(periodInOrder, PERIOD_ORDER);

/** The filters of the list without its pages: `GET /api/v1/appointments/export.csv` and `export.pdf`. */
export const ZExportAppointmentsQuery = z.object(appointmentFilters).refine(periodInOrder, PERIOD_ORDER);

/** A free slot offered instead of a taken one. */
export const ZSlotAlternative = z
  .object({
    id: z.uuid(),
    start: z.string(),
    end: z.string(),
    timeZone: z.string(),
    organization: ZNamedRef,
    practitioner: ZNamedRef,
    room: z.string().nullable(),
  })
  .meta({ id: 'SlotAlternative' });

/** `SLOT_TAKEN`: the problem answer with up to five nearby free slots (same clinic and specialty first). */
export const ZSlotTakenProblem = ZProblem.extend({ alternatives: z.array(ZSlotAlternative).optional() }).meta(
  {
    id: 'SlotTakenProblem',
  },
);

export const ZIdempotencyKeyHeader = z.object({
  'idempotency-key': z
    .string()
    .min(1)
    .max(255)
    .optional()
    .describe(
      'Required: a unique key per booking attempt; a retry with the same key returns the first answer',
    ),
});
