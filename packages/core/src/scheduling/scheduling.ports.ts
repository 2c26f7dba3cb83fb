import type { AuditLog } from '../audit';
import type { Clock } from '../shared';
import type {
  BookedVisit,
  ExceptionKind,
  ExistingSlot,
  RegenerationPlan,
  Schedule,
  ScheduleException,
  WeeklyTemplate,
} from './scheduling.types';

/** A practitioner role with what slot generation needs of its clinic and specialty. */
export interface SchedulingRole {
  id: string;
  organizationId: string;
  practitionerId: string;
  regionCode: string;
  specialtyCode: string;
  locationId: string | null;
  isActive: boolean;
  /** The clinic's IANA zone. */
  timeZone: string;
  /** The clinic's booking horizon, days (1–30). */
  bookingHorizonDays: number;
  /** The specialty's legal visit norm: the default slot length. */
  defaultSlotMinutes: number;
}

/** Which roles an admin may manage: all (system admin) or those of the clinics they administer. */
export type SchedulingScope = { kind: 'all' } | { kind: 'organizations'; organizationIds: readonly string[] };

export interface ScheduleFilter {
  scope: SchedulingScope;
  practitionerRoleId?: string;
  organizationId?: string;
  page: number;
  pageSize: number;
}

export interface ExceptionFilter extends ScheduleFilter {
  /** Exceptions ending after this moment. */
  from?: Date;
  /** Exceptions starting before this moment. */
  to?: Date;
}

export interface ScheduleRepository {
  findRole(roleId: string): Promise<SchedulingRole | null>;
  /** Ids of active roles at active clinics, for the daily run. */
  listActiveRoleIds(): Promise<string[]>;
  /** True when the room exists and belongs to the clinic. */
  isLocationOf(locationId: string, organizationId: string): Promise<boolean>;
  /** Serialises schedule changes and regenerations of one role until the transaction ends. */
  lockRole(roleId: string): Promise<void>;
  /** Templates of the role, oldest period first. */
  listForRole(roleId: string): Promise<Schedule[]>;
  search(filter: ScheduleFilter): Promise<{ items: Schedule[]; total: number }>;
  find(id: string): Promise<Schedule | null>;
  create(roleId: string, template: WeeklyTemplate, at: Date): Promise<Schedule>;
  update(id: string, template: WeeklyTemplate, at: Date): Promise<Schedule>;
  delete(id: string): Promise<void>;
}

export interface ScheduleExceptionRepository {
  /** The role's exceptions overlapping [from, to). */
  listForRole(roleId: string, from: Date, to: Date): Promise<ScheduleException[]>;
  search(filter: ExceptionFilter): Promise<{ items: ScheduleException[]; total: number }>;
  find(id: string): Promise<ScheduleException | null>;
  create(exception: {
    practitionerRoleId: string;
    kind: ExceptionKind;
    startsAt: Date;
    endsAt: Date;
    reason: string | null;
    createdByAccountId: string | null;
    at: Date;
  }): Promise<ScheduleException>;
  delete(id: string): Promise<void>;
}

export interface SlotGenerationRepository {
  /** The role's slots starting in [from, to), with their holds (live at `now`) and appointments. */
  listInWindow(roleId: string, from: Date, to: Date, now: Date): Promise<ExistingSlot[]>;
  /** The active visits (booked, confirmed, arrived) of these slots with the patient's full name. */
  listBookedVisits(slotIds: readonly string[]): Promise<BookedVisit[]>;
  /**
   * Applies a plan. Inserts skip a start the role already has (`on conflict do nothing`); deletes, blocks and
   * updates re-check in SQL that the slot is still free, unheld and (for deletes) unreferenced, so a booking
   * that lands meanwhile always wins.
   */
  apply(
    role: SchedulingRole,
    plan: RegenerationPlan,
    now: Date,
  ): Promise<{
    inserted: number;
    deleted: number;
    blocked: number;
    updated: number;
  }>;
}

/** Everything one scheduling transaction may touch. */
export interface SchedulingRepos {
  schedules: ScheduleRepository;
  exceptions: ScheduleExceptionRepository;
  slots: SlotGenerationRepository;
  audit: AuditLog;
}

export interface SchedulingStore {
  transaction<T>(work: (repos: SchedulingRepos) => Promise<T>): Promise<T>;
}

export interface SchedulingDeps {
  store: SchedulingStore;
  clock: Clock;
}
