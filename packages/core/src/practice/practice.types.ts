import type { AppointmentStatus } from '../booking';
import type { PersonFields } from '../shared';

/** The day or the week of a practitioner's schedule. */
export type ScheduleView = 'day' | 'week';

/** One visit of the practitioner's schedule as the store reads it. */
export interface ScheduleRow {
  id: string;
  status: AppointmentStatus;
  startsAt: Date;
  endsAt: Date;
  arrivedAt: Date | null;
  reason: string | null;
  visitType: string;
  organization: { id: string; name: string; timeZone: string };
  room: string | null;
  specialty: { code: string; name: string };
  patient: { id: string; fullName: string; birthDate: string };
}

/** A visit as the schedule shows it: the clinic's wall time, the patient's age on the visit's day. */
export interface ScheduleItem extends Omit<ScheduleRow, 'patient'> {
  localDate: string;
  patient: { id: string; fullName: string; age: number };
  hasArrived: boolean;
}

/** A patient found by the practitioner's search, and whether they are in the practitioner's care. */
export interface PracticePatient extends PersonFields {
  id: string;
  /** Masked SNILS (`***-***-789 01`), or null. */
  snils: string | null;
  attachedOrganizationName: string | null;
  isInCare: boolean;
}

/** What keeps a practitioner away (issue 12 item 2). */
export const ABSENCE_KINDS = ['vacation', 'training', 'sick_leave', 'other'] as const;
export type AbsenceKind = (typeof ABSENCE_KINDS)[number];
/** submitted → approved | rejected, decided once by the clinic's admin. */
export const ABSENCE_REQUEST_STATUSES = ['submitted', 'approved', 'rejected'] as const;
export type AbsenceRequestStatus = (typeof ABSENCE_REQUEST_STATUSES)[number];

/** A practitioner's request to be away, as stored and shown. */
export interface AbsenceRequestView {
  id: string;
  practitionerRoleId: string;
  practitioner: { id: string; name: string };
  organization: { id: string; name: string; timeZone: string };
  kind: AbsenceKind;
  /** Clinic-local days, both included. */
  from: string;
  to: string;
  comment: string | null;
  status: AbsenceRequestStatus;
  createdAt: Date;
  decidedAt: Date | null;
  decisionComment: string | null;
}
