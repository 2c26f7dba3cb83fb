import { z } from './zod';

export const MAX_PAGE_SIZE = 100;

/** Query fields shared by every paginated list. */
export const paginationQuery = {
  page: z.coerce.number().int().min(1).max(10_000).default(1).describe('Page number, from 1'),
  pageSize: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_PAGE_SIZE)
    .default(20)
    .describe(`Items per page, at most ${MAX_PAGE_SIZE}`),
};

/** A page of items with the total count of matches. */
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
