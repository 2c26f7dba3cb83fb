/** Error codes of slot search (mapped to HTTP and Russian text by the API). */
export const SlotSearchErrorCode = {
  /**
   * The filters would scan a whole region's or the country's slots: a search names a clinic, a doctor,
   * or a region together with a specialty (so it stays an index range scan).
   */
  SLOT_SEARCH_TOO_BROAD: 'SLOT_SEARCH_TOO_BROAD',
  /** `from` is after `to`. */
  SLOT_PERIOD_INVALID: 'SLOT_PERIOD_INVALID',
} as const;
export type SlotSearchErrorCode = (typeof SlotSearchErrorCode)[keyof typeof SlotSearchErrorCode];
