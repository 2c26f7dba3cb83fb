import { REQUEST_HISTORY_TYPES } from '@talon/vocabulary';
import { z } from './zod';

/** «История обращений» (issue 11 item 7): the patient's requests of every type in one list. */

const ZDateTime = z.iso.datetime({ offset: true });
const ZIsoDate = z.iso.date();

export const ZRequestHistoryType = z.enum(REQUEST_HISTORY_TYPES);

export const ZRequestHistoryQuery = z.object({
  type: z
    .union([ZRequestHistoryType, z.array(ZRequestHistoryType)])
    .optional()
    .transform((value) => (value === undefined ? undefined : Array.isArray(value) ? value : [value]))
    .describe('One type, or several (`type=appointment&type=data_change`); all when absent'),
  status: z.string().max(40).optional().describe('The type’s own status code, e.g. `in_progress`, `booked`'),
  from: ZIsoDate.optional().describe('Created on or after this Moscow date'),
  to: ZIsoDate.optional().describe('Created on or before this Moscow date'),
  cursor: z.string().max(100).optional().describe('`nextCursor` of the previous page'),
});

export const ZRequestHistoryExportQuery = ZRequestHistoryQuery.omit({ cursor: true });

export const ZRequestHistoryItem = z
  .object({
    type: ZRequestHistoryType,
    id: z.uuid(),
    number: z.string().nullable(),
    status: z.string(),
    statusLabel: z.string().nullable().describe('Russian name of the status'),
    createdAt: ZDateTime,
    updatedAt: ZDateTime,
    comment: z.string().nullable().describe("The clinic's comment (an attachment request's refusal reason)"),
    organizationName: z
      .string()
      .nullable()
      .describe('The clinic the request went to (attachment requests); null for the other types'),
  })
  .meta({ id: 'RequestHistoryItem' });
export type TRequestHistoryItem = z.infer<typeof ZRequestHistoryItem>;

export const ZRequestHistoryPage = z
  .object({ items: z.array(ZRequestHistoryItem), nextCursor: z.string().nullable() })
  .meta({ id: 'RequestHistoryPage' });
