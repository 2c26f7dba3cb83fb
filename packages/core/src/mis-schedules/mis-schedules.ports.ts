import type { OutgoingMessage } from '../messaging';
import type { Clock } from '../shared';
import type {
  MisSchedulePush,
  MisSlotPush,
  ScheduleApplyOutcome,
  SlotApplyOutcome,
} from './mis-schedules.types';

/** The slots and schedules a MIS pushes; implemented in the db package, each call one transaction. */
export interface MisScheduleStore {
  /**
   * Creates, updates or takes over the slot within the clinic `organizationId`, the role's row locked: never
   * one with an active appointment (`booked_in_talon`). A slot of Talon's own at the same start, free and
   * never booked, is taken over by the MIS.
   */
  applySlot(organizationId: string, push: MisSlotPush, now: Date): Promise<SlotApplyOutcome>;
  /** Records the MIS's Schedule on the role; inactive: the MIS's free slots from `now` are blocked. */
  applySchedule(organizationId: string, push: MisSchedulePush, now: Date): Promise<ScheduleApplyOutcome>;
  /**
   * Writes the messages `tell` builds for the admins of the clinic (in-app notices) in one transaction;
   * returns the outbox ids written.
   */
  tellClinicAdmins(
    organizationId: string,
    clientId: string,
    tell: (admins: { clientName: string; accountIds: string[] }) => OutgoingMessage[],
  ): Promise<string[]>;
}

export interface MisSchedulesDeps {
  store: MisScheduleStore;
  clock: Clock;
}
