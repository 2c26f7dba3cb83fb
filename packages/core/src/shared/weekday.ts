/** ISO weekdays, 1 = Monday … 7 = Sunday: how weekly templates, opening hours and Luxon number the days. */
export const ISO_WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export type IsoWeekday = (typeof ISO_WEEKDAYS)[number];

export const isIsoWeekday = (value: number): value is IsoWeekday =>
  (ISO_WEEKDAYS as readonly number[]).includes(value);
