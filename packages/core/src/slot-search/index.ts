// Slot search: which free slots a caller is offered, per day counts, the nearest slot per doctor.

export {
  addDays,
  formatInZone,
  isKnownTimeZone,
  localDate,
  localTime,
  offsetMinutes,
  startOfLocalDay,
} from '../shared';
export { ADULT_AGE, type AgeGroup, adultFrom, fitsAgeGroup } from './age-group';
export {
  type BookingWindowPolicy,
  bookingWindow,
  isInsideBookingWindow,
  MAX_HORIZON_DAYS,
  widestWindow,
} from './booking-window';
export { countFreeSlotsByDay } from './count-free-slots-by-day';
export { findNearestSlots } from './find-nearest-slots';
export {
  createFreeSlotPageCache,
  type FreeSlotPageCache,
  type SlotAvailabilityChange,
} from './free-slot-page-cache';
export { searchFreeSlots } from './search-free-slots';
export { buildSlotQuery, presentSlot, type SlotSearchCaller, type SlotSearchDeps } from './slot-query';
export { SlotSearchErrorCode } from './slot-search.errors';
export type { SlotSearchRepository } from './slot-search.repository';
export type * from './slot-search.types';
export { FREE_SLOT_COUNT_CAP } from './slot-search.types';
export { slotSearchUseCases } from './slot-search.use-cases';
export {
  channelFor,
  isSlotOffered,
  type SearchAudience,
  type SlotChannel,
  type SlotFacts,
  seesPriorityQuota,
} from './slot-visibility';
