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
