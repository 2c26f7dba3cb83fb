/** Channels a slot may be booked through (docs/domain.md §2 Slot). */
export const SLOT_CHANNELS = [
  'internet',
  'registry',
  'call_centre',
  'doctor',
  'infomat',
  'other_clinic',
] as const;
export type SlotChannel = (typeof SLOT_CHANNELS)[number];

export const VISIT_TYPES = ['in_person', 'video', 'home'] as const;
export type VisitType = (typeof VISIT_TYPES)[number];
