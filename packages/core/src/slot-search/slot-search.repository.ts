import type {
  DayCount,
  FreeSlotPage,
  FreeSlotRecord,
  NearestSlotRecord,
  PageRequest,
  PriorityGrant,
  SlotPage,
  SlotQuery,
  SpecialtyAgeGroup,
} from './slot-search.types';

/** What slot search needs from storage; implemented in the db package. */
export interface SlotSearchRepository {
  /** Free slots the query offers, by start time, with the total count. */
  searchFree(query: SlotQuery, page: PageRequest): Promise<FreeSlotPage<FreeSlotRecord>>;
  /** Free slots the query offers per clinic-local day, ascending. */
  countFreeByDay(query: SlotQuery): Promise<DayCount[]>;
  /**
   * Active practitioner roles matching the query's region, specialty and clinic, each with its first free
   * slot the query offers (null when none); ordered by that slot's start, roles without one last.
   */
  nearestFree(query: SlotQuery, page: PageRequest): Promise<SlotPage<NearestSlotRecord>>;
  /**
   * What search needs to know of the patient the visit is for (with the rebooking priorities live at `now`);
   * null when there is no such patient.
   */
  findPatient(
    patientId: string,
    now: Date,
  ): Promise<{ birthDate: string; isPrivileged: boolean; priorityGrants: PriorityGrant[] } | null>;
  /** Every specialty's age group (reference data). */
  listSpecialtyAgeGroups(): Promise<SpecialtyAgeGroup[]>;
  regionExists(code: string): Promise<boolean>;
  specialtyExists(code: string): Promise<boolean>;
}
