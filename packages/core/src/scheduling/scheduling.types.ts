import { SLOT_CHANNELS, type SlotChannel, VISIT_TYPES, type VisitType } from '@talon/vocabulary';

export { SLOT_CHANNELS, type SlotChannel, VISIT_TYPES, type VisitType };

/** A slot is free, booked (an active appointment holds it) or blocked (the clinic closed it). */
export const SLOT_STATUSES = ['free', 'booked', 'blocked'] as const;
export type SlotStatus = (typeof SLOT_STATUSES)[number];

/** Slot lengths the brief allows. */
export const SLOT_MINUTES = [15, 30] as const;
export type SlotMinutes = (typeof SLOT_MINUTES)[number];

export const EXCEPTION_KINDS = ['absence', 'vacation', 'sick_day', 'extra_hours'] as const;
export type ExceptionKind = (typeof EXCEPTION_KINDS)[number];

/** A span of local wall-clock time, `HH:MM`, end exclusive. */
export interface LocalSpan {
  start: string;
  end: string;
}

/** Working hours of one weekday (ISO, 1 = Monday … 7 = Sunday: `ISO_WEEKDAYS`) in the clinic's local time. */
export interface TemplateDay extends LocalSpan {
  weekday: number;
  breaks: LocalSpan[];
}

/** What an admin submits for a weekly template (before defaults). */
export interface WeeklyTemplateInput {
  /** ISO date, first day the template applies (clinic's local calendar). */
  validFrom: string;
  /** ISO date, last day (inclusive); open-ended when null. */
  validTo?: string | null;
  /** 15 or 30; the specialty's `defaultSlotMinutes` when left out. */
  slotMinutes?: number | null;
  days: TemplateDay[];
  /** The first one is the visit type of the generated slots. Default `in_person`. */
  visitTypes?: string[];
  channels: string[];
  /** Share of each day's slots reserved for privileged patients, per cent (docs/domain.md rule 9). Default 0. */
  priorityPercent?: number;
  /** Priority slots open to everyone this many hours before they start. Default 24. */
  priorityReleaseHours?: number;
  /** Room of the slots; the role's own room when null. */
  locationId?: string | null;
}

/** A validated template, defaults applied. */
export interface WeeklyTemplate {
  validFrom: string;
  validTo: string | null;
  slotMinutes: SlotMinutes;
  days: TemplateDay[];
  visitTypes: VisitType[];
  channels: SlotChannel[];
  priorityPercent: number;
  priorityReleaseHours: number;
  locationId: string | null;
}

/** A stored template. */
export interface Schedule extends WeeklyTemplate {
  id: string;
  practitionerRoleId: string;
  createdAt: Date;
  updatedAt: Date;
}

/** An absence or extra hours, in absolute time. */
export interface ScheduleException {
  id: string;
  practitionerRoleId: string;
  kind: ExceptionKind;
  startsAt: Date;
  endsAt: Date;
  reason: string | null;
  createdAt: Date;
}

/** A slot to exist: the output of `generateSlots`. */
export interface SlotSpec {
  startsAt: Date;
  endsAt: Date;
  channels: SlotChannel[];
  visitType: VisitType;
  isPriority: boolean;
  /** When a priority slot opens to everyone; null for ordinary slots. */
  priorityReleasedAt: Date | null;
  /** The template it came from (extra hours: the template whose settings it took). */
  scheduleId: string | null;
  locationId: string | null;
}

/** A slot already in the database, as regeneration needs to see it. */
export interface ExistingSlot extends SlotSpec {
  id: string;
  status: SlotStatus;
  /** A live hold (not expired) by a patient confirming a booking. */
  isHeld: boolean;
  /** Any appointment (active or not) points at it: such a slot is never deleted. */
  hasAppointments: boolean;
  /** An active appointment (booked, confirmed, arrived) holds it. */
  hasActiveAppointment: boolean;
}

/** A booked slot that no longer lies inside working hours: the clinic admin must act (docs/domain.md rule 8). */
export interface SlotConflict {
  slotId: string;
  startsAt: Date;
  endsAt: Date;
}

/** What regeneration does to one role's slots in a window; booked slots are never touched. */
export interface RegenerationPlan {
  insert: SlotSpec[];
  /** Free slots outside the new hours, with no hold and no appointment. */
  delete: string[];
  /** Free slots outside the new hours that an old (cancelled) appointment still references: taken out. */
  block: string[];
  /** Free slots whose channels, quota, visit type or room changed. */
  update: { id: string; spec: SlotSpec }[];
  conflicts: SlotConflict[];
}

/** The counts of one role's regeneration. */
export interface RegenerationResult {
  practitionerRoleId: string;
  inserted: number;
  deleted: number;
  blocked: number;
  updated: number;
  conflicts: SlotConflict[];
}

/** The active visit of a booked slot with its patient's name: what the clinic's staff may see, nothing medical. */
export interface BookedVisit {
  slotId: string;
  appointmentId: string;
  patientId: string;
  patientName: string;
}
