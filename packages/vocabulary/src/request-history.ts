/** The kinds of request «История обращений» lists (issue 11 item 7), in the order its filter offers them. */
export const REQUEST_HISTORY_TYPES = [
  'appointment',
  'data_change',
  'data_request',
  'document_request',
  'attachment_request',
] as const;
export type RequestHistoryType = (typeof REQUEST_HISTORY_TYPES)[number];
