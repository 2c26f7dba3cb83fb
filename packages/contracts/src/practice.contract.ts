import { ZAppointmentStatus } from './booking.contract';
import { personFields } from './person.contract';
import { ZText, z } from './zod';

/** `GET /api/v1/practitioner/appointments`: the clinic-local day (or its week) of the signed-in practitioner. */
export const ZPractitionerScheduleQuery = z.object({
  date: z.iso.date().describe('The clinic-local day, YYYY-MM-DD; with view=week, any day of its ISO week'),
  view: z.enum(['day', 'week']).default('day').describe('One day, or Monday to Sunday of the week'),
});

export const ZPractitionerAppointment = z
  .object({
    id: z.uuid(),
    status: ZAppointmentStatus,
    startsAt: z.string().describe("ISO 8601 in the clinic's time zone, e.g. 2026-12-07T09:00:00+03:00"),
    endsAt: z.string(),
    localDate: z.iso.date().describe('The clinic-local date of the visit'),
    timeZone: z.string().describe("The clinic's IANA time zone"),
    organization: z.object({ id: z.uuid(), name: z.string() }).describe('A doctor may work at two clinics'),
    room: z.string().nullable(),
    specialty: z.object({ code: z.string(), name: z.string() }),
    visitType: z.string(),
    patient: z.object({
      id: z.uuid(),
      fullName: z.string(),
      age: z.number().int().describe('Full years on the day of the visit'),
    }),
    reason: z.string().nullable().describe("The patient's reason for the visit (a medical read, audited)"),
    hasArrived: z.boolean().describe('The patient has checked in at the desk or by the ticket'),
    arrivedAt: z.iso.datetime({ offset: true }).nullable(),
  })
  .meta({ id: 'PractitionerAppointment' });

export const ZPractitionerSchedule = z
  .object({
    date: z.iso.date(),
    view: z.enum(['day', 'week']),
    items: z.array(ZPractitionerAppointment).describe('In time order'),
  })
  .meta({ id: 'PractitionerSchedule' });

/** `POST /api/v1/practitioner/appointments/{id}/outcome`. */
export const ZAppointmentOutcomeRequest = z
  .object({
    outcome: z
      .enum(['fulfilled', 'noshow'])
      .describe('Seen, or did not come; only once the visit has started'),
  })
  .meta({ id: 'AppointmentOutcomeRequest' });

/** `GET /api/v1/practitioner/patients?q=`. */
export const ZPractitionerPatientQuery = z.object({
  q: ZText(100).describe('A surname (from two letters, a name may follow), a birth date, or a SNILS'),
});

export const ZPractitionerPatient = z
  .object({
    id: z.uuid(),
    ...personFields,
    snils: z.string().nullable().describe('Masked: `***-***-445 95`'),
    attachedOrganizationName: z.string().nullable(),
    isInCare: z
      .boolean()
      .describe('In the practitioner’s care; false only for an exact SNILS match: emergency access opens it'),
  })
  .meta({ id: 'PractitionerPatient' });

export const ZPractitionerPatientSearch = z
  .object({
    items: z.array(ZPractitionerPatient).describe('At most 20, by surname, name and birth date'),
    truncated: z.boolean().describe('More people matched than are shown: narrow the search'),
  })
  .meta({ id: 'PractitionerPatientSearch' });

const ZAbsenceKind = z.enum(['vacation', 'training', 'sick_leave', 'other']).meta({ id: 'AbsenceKind' });
const ZAbsenceStatus = z.enum(['submitted', 'approved', 'rejected']).meta({ id: 'AbsenceRequestStatus' });

/** `POST /api/v1/practitioner/absence-requests`. */
export const ZAbsenceRequestInput = z
  .object({
    kind: ZAbsenceKind.describe('Vacation, training, sick leave or other'),
    from: z.iso.date().describe('First clinic-local day away'),
    to: z.iso.date().describe('Last clinic-local day away (included)'),
    comment: ZText(500).optional(),
    organizationId: z
      .uuid()
      .optional()
      .describe('The clinic; needed only for a practitioner working at several'),
  })
  .meta({ id: 'NewAbsenceRequest' });

export const ZAbsenceRequest = z
  .object({
    id: z.uuid(),
    practitionerRoleId: z.uuid(),
    practitioner: z.object({ id: z.uuid(), name: z.string() }),
    organization: z.object({ id: z.uuid(), name: z.string() }),
    kind: ZAbsenceKind,
    from: z.iso.date(),
    to: z.iso.date(),
    comment: z.string().nullable(),
    status: ZAbsenceStatus,
    createdAt: z.iso.datetime({ offset: true }),
    decidedAt: z.iso.datetime({ offset: true }).nullable(),
    decisionComment: z.string().nullable(),
  })
  .meta({ id: 'AbsenceRequest' });

export const ZAbsenceRequestList = z
  .object({ items: z.array(ZAbsenceRequest) })
  .meta({ id: 'AbsenceRequestList' });

/** `GET /api/v1/admin/absence-requests?status=&organization=`. */
export const ZAbsenceRequestListQuery = z.object({
  status: ZAbsenceStatus.optional(),
  organization: z
    .uuid()
    .optional()
    .describe('One clinic of the caller’s (any for a system admin); all of them when left out'),
});

/** `POST /api/v1/admin/absence-requests/{id}/decision`. */
export const ZAbsenceDecisionRequest = z
  .object({
    decision: z.enum(['approve', 'reject']),
    reason: ZText(500)
      .optional()
      .describe('Why: required to reject (422 ABSENCE_REJECTION_REASON_REQUIRED, field `reason`)'),
    comment: ZText(500).optional().describe('The older name of `reason`, still accepted'),
  })
  .meta({ id: 'AbsenceDecisionRequest' });

export const ZAbsenceDecisionResult = z
  .object({
    request: ZAbsenceRequest,
    cancelled: z.number().int().describe('Visits of the period cancelled clinic-side (0 for a rejection)'),
    blockedSlots: z.number().int().describe('Slots of the period blocked'),
  })
  .meta({ id: 'AbsenceDecisionResult' });
