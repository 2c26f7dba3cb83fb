import type { LoadDetail } from '@talon/vocabulary';
import type { BookingChannel, CancelledByKind } from '../booking';

/**
 * The legal maximum wait of a specialty (programme of state guarantees 2026–2028, DESIGN §4a): primary care
 * within 24 hours, other specialists within 14 working days; `none` for services that are not a doctor's
 * visit (vaccination, fluorography, blood tests, check-ups), which the programme does not bound this way.
 */
export type WaitNorm = { kind: 'hours'; limit: 24 } | { kind: 'working_days'; limit: 14 } | { kind: 'none' };

/** Whether a clinic's specialty meets its norm now: `met`, `violated` or `not_applicable`. */
export type NormStatus = 'met' | 'violated' | 'not_applicable';

/** The wait of one specialty at one clinic: the third next free slot against the norm. */
export interface SpecialtyWait {
  organizationId: string;
  organizationName: string;
  specialtyCode: string;
  specialtyName: string;
  /** The start of the third next free slot; null when fewer than three are free within the horizon. */
  thirdSlotAt: Date | null;
  /** Calendar days from now to that slot (hours / 24, one decimal); null without a third slot. */
  calendarDays: number | null;
  /** Working days of the production calendar from today (exclusive) to the slot's day (inclusive). */
  workingDays: number | null;
  norm: WaitNorm;
  status: NormStatus;
}

/** The raw fact the repository reads per clinic and specialty. */
export interface ThirdSlotFact {
  organizationId: string;
  organizationName: string;
  timeZone: string;
  specialtyCode: string;
  specialtyName: string;
  thirdSlotAt: Date | null;
}

/** The outcome figures of one group of visits (a day, a practitioner, the period). */
export interface LoadFigures {
  /** Slots of the period that were open to booking (not blocked). */
  offered: number;
  /** Appointments made for the period (a rescheduled one counts once, at its new time). */
  booked: number;
  fulfilled: number;
  noshow: number;
  /** Cancelled on the patient's side (`cancelled_by_patient`): `cancelledBy` patient + representative + registry. */
  cancelledByPatient: number;
  /** Cancelled by the clinic (`cancelled_by_clinic`): `cancelledBy.clinic`. */
  cancelledByClinic: number;
  /**
   * Cancellations by who acted: the patient, their representative, the registry on the patient's behalf,
   * the clinic (a cancelled period, an approved absence).
   */
  cancelledBy: Record<CancelledByKind, number>;
  /** Appointments by channel (internet, mobile, registry, call centre, doctor, infomat, api). */
  channels: Record<BookingChannel, number>;
}

/** One row of the load: a clinic-local day × clinic × specialty × practitioner. */
export interface LoadRow extends LoadFigures {
  date: string;
  organizationId: string;
  organizationName: string;
  specialtyCode: string;
  specialtyName: string;
  practitionerId: string;
  practitionerName: string;
}

/**
 * The finest grouping of a load report: per clinic only, per clinic × specialty too, or down to every
 * practitioner. An all-clinic practitioner list is thousands of rows (megabytes), so it is asked for.
 */
export type { LoadDetail };

/** The load of one clinic over the period. */
export interface OrganizationLoad extends LoadFigures {
  organizationId: string;
  organizationName: string;
}

/** The load of one specialty of one clinic over the period. */
export interface SpecialtyLoad extends OrganizationLoad {
  specialtyCode: string;
  specialtyName: string;
}

type WithShare<T> = T & { onlineShare: number | null };

/**
 * A period's load: totals, the daily trend, per clinic, per clinic × specialty (unless `detail` is
 * `organization`) and per clinic × specialty × practitioner (`groups`, only when `detail` is `practitioner`).
 */
export interface LoadReport {
  from: string;
  to: string;
  detail: LoadDetail;
  totals: WithShare<LoadFigures>;
  days: WithShare<LoadFigures & { date: string }>[];
  organizations: WithShare<OrganizationLoad>[];
  specialties: WithShare<SpecialtyLoad>[];
  groups: WithShare<Omit<LoadRow, 'date'>>[];
}

/** The load of a period summed in the database: per day (the trend) and per group down to `detail`. */
export interface LoadSummary {
  days: (LoadFigures & { date: string })[];
  organizations: OrganizationLoad[];
  specialties: SpecialtyLoad[];
  groups: Omit<LoadRow, 'date'>[];
}

/** What the repository is asked for: a clinic-local date period and the caller's scope. */
export interface LoadQuery {
  from: string;
  to: string;
  /** Null: every clinic (a system admin without a filter). */
  organizationIds: readonly string[] | null;
  specialtyCode?: string;
  practitionerId?: string;
  /** The finest grouping of the summary (default `practitioner`); the daily rows ignore it. */
  detail?: LoadDetail;
}
