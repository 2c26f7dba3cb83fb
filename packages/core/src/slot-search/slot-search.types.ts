import type { RequestOrigin } from '../identity';
import type { VisitType } from '../scheduling';
import type { AgeGroup } from './age-group';
import type { SlotChannel } from './slot-visibility';

export type { VisitType };

/** Filters of the three searches, as the caller gave them (codes and ids not yet checked). */
export interface SlotSearchFilters {
  region?: string;
  specialty?: string;
  organization?: string;
  practitioner?: string;
  from?: Date;
  to?: Date;
  visitType?: VisitType;
  /** The patient the visit is for: a ward, or (registry) any patient; the caller's own card by default. */
  patientId?: string;
}

/** A search as the use cases take it: the filters, and where the request came from (refusals are audited). */
export type SlotSearchInput = SlotSearchFilters & { origin: RequestOrigin };

/** What the repository is asked: filters already checked and the caller's visibility resolved. */
/** A live rebooking priority: this specialty at this clinic. */
export interface PriorityGrant {
  specialtyCode: string;
  organizationId: string;
}

export interface SlotQuery {
  regionCode?: string;
  specialtyCode?: string;
  organizationId?: string;
  practitionerId?: string;
  visitType?: VisitType;
  /** Index range: never before `now`, never past the widest horizon. Each clinic's window narrows it. */
  from: Date;
  to: Date;
  now: Date;
  channel: SlotChannel;
  /** Offer priority-quota slots before their release too. */
  includeUnreleasedPriority: boolean;
  /**
   * Rule 8: the specialties at clinics where the patient's visit was cancelled by the clinic; their
   * unreleased priority slots are offered to the patient while the rebooking priority lasts.
   */
  priorityGrants: readonly PriorityGrant[];
  /**
   * Holds by these patients do not hide the slot: the person the visit is for and the caller's own card
   * (a parent may hold a slot for their child), as the booking use case lets either book a held slot.
   */
  holderPatientIds: string[];
  /** Specialties outside the patient's age on the visit day are left out; null when the age is unknown. */
  age: { adultFrom: string; childSpecialties: string[]; adultSpecialties: string[] } | null;
}

export interface PageRequest {
  page: number;
  pageSize: number;
}

/** A free slot as storage returns it: times as instants, the clinic's zone beside them. */
export interface FreeSlotRecord {
  id: string;
  practitionerRoleId: string;
  startsAt: Date;
  endsAt: Date;
  /** The clinic's IANA zone. */
  timeZone: string;
  visitType: VisitType;
  isPriority: boolean;
  room: string | null;
  practitioner: { id: string; name: string };
  organization: { id: string; name: string };
  specialty: { code: string; name: string };
}

/** A free slot as the API shows it: times in the clinic's zone with their offset (docs/domain.md rule 10). */
export interface FreeSlot extends Omit<FreeSlotRecord, 'practitionerRoleId' | 'startsAt' | 'endsAt'> {
  /** ISO 8601 with the clinic's offset, e.g. `2026-12-01T09:00:00+02:00`. */
  start: string;
  end: string;
}

export interface SlotPage<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/**
 * The free-slot list counts its matches up to this many: a region's whole horizon can hold hundreds of
 * thousands of slots, and counting them all cost more than the page itself (bench/booking). Beyond it,
 * `total` is this number and `totalIsCapped` says so; the pages go on as far as the slots do. 200 (it was
 * 1 000) is two pages of the largest size: counting 1 000 was 60 % of a search's database time, and nobody
 * chooses a time by reading that many (the web app's calendar gives per-day counts).
 */
export const FREE_SLOT_COUNT_CAP = 200;

export interface FreeSlotPage<T> extends SlotPage<T> {
  totalIsCapped: boolean;
}

/** Free slots of one clinic-local day. */
export interface DayCount {
  /** Clinic-local date, `YYYY-MM-DD`. */
  date: string;
  free: number;
}

/** A doctor of the list with their first free slot (`S`), or null when they have none in the window. */
interface DoctorsFirstSlot<S> {
  practitionerRoleId: string;
  practitioner: { id: string; name: string };
  organization: { id: string; name: string };
  specialty: { code: string; name: string };
  slot: S | null;
}

/** The repository's answer, before the slot is shown in the clinic's local time. */
export type NearestSlotRecord = DoctorsFirstSlot<FreeSlotRecord>;

export type NearestSlot = DoctorsFirstSlot<FreeSlot>;

export interface SpecialtyAgeGroup {
  code: string;
  ageGroup: AgeGroup;
}
