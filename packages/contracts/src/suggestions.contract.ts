import { ZText, z } from './zod';

/** `GET /api/v1/search/suggestions`. */
export const ZSuggestionsQuery = z.object({
  q: ZText(100)
    .trim()
    .min(2, { message: 'Введите не меньше 2 символов' })
    .describe('What was typed; each word must begin a word of a name (case and ё/е do not matter)'),
  region: ZText(8).min(1).optional().describe('Region code of the reference list (GET /api/v1/regions)'),
});
export type TSuggestionsQuery = z.infer<typeof ZSuggestionsQuery>;

const ZSpecialtyRef = z.object({ code: z.string(), name: z.string() });

export const ZSuggestions = z
  .object({
    specialties: z.array(ZSpecialtyRef).max(5),
    practitioners: z
      .array(z.object({ id: z.uuid(), name: z.string(), specialties: z.array(ZSpecialtyRef) }))
      .max(5),
    organizations: z.array(z.object({ id: z.uuid(), name: z.string(), address: z.string() })).max(5),
  })
  .meta({ id: 'Suggestions' });
export type TSuggestions = z.infer<typeof ZSuggestions>;
