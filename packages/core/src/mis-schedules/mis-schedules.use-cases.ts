import type { BoundUseCases } from '../shared';
import { pushMisSchedule, pushMisSlot } from './push-schedules';

/** Schedules and slots pushed by a regional MIS (issue 14, item 4): within the client's own clinic. */
export const misSchedulesUseCases = { pushMisSlot, pushMisSchedule };

export type MisSchedulesUseCases = BoundUseCases<typeof misSchedulesUseCases>;
