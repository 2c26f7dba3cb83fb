import type { SuggestionFilter, SuggestionsRepository } from '@talon/core/directory';
import { and, asc, eq, exists, inArray, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { organizations, practitionerRoles, practitioners, specialties } from '../schema';
import { fullName } from '../sql';

const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/g;

/**
 * `column` has a word starting with each of the words. The words are normalised like `search_text`
 * (lower case, ё → е), so a plain class of letters marks a word's start. pg_trgm's GIN index serves the
 * regular expression once a word has three letters; shorter ones scan, still under the row limit.
 */
const wordStarts = (
  column: typeof practitioners.searchText | typeof organizations.searchText,
  words: readonly string[],
): SQL[] =>
  words.map((word) => sql`${column} ~ ${`(^|[^а-яa-z0-9])${word.replace(REGEX_SPECIAL, (c) => `\\${c}`)}`}`);

/** Suggestions for the search field: a few doctors and clinics by the starts of their names' words. */
export function createSuggestionsRepository(db: Database): SuggestionsRepository {
  return {
    async suggestPractitioners(filter: SuggestionFilter) {
      const roleConditions: SQL[] = [
        eq(practitionerRoles.practitionerId, practitioners.id),
        eq(practitionerRoles.isActive, true),
        eq(organizations.isActive, true),
      ];
      if (filter.regionCode) roleConditions.push(eq(organizations.regionCode, filter.regionCode));
      const rows = await db
        .select({
          id: practitioners.id,
          surname: practitioners.surname,
          name: practitioners.name,
          patronymic: practitioners.patronymic,
        })
        .from(practitioners)
        .where(
          and(
            eq(practitioners.isActive, true),
            ...wordStarts(practitioners.searchText, filter.words),
            exists(
              db
                .select({ one: sql`1` })
                .from(practitionerRoles)
                .innerJoin(organizations, eq(organizations.id, practitionerRoles.organizationId))
                .where(and(...roleConditions)),
            ),
          ),
        )
        .orderBy(asc(practitioners.surname), asc(practitioners.name), asc(practitioners.id))
        .limit(filter.limit);
      if (rows.length === 0) return [];
      const roles = await db
        .selectDistinct({
          practitionerId: practitionerRoles.practitionerId,
          code: specialties.code,
          name: specialties.name,
          sortOrder: specialties.sortOrder,
        })
        .from(practitionerRoles)
        .innerJoin(specialties, eq(specialties.code, practitionerRoles.specialtyCode))
        .where(
          and(
            inArray(
              practitionerRoles.practitionerId,
              rows.map((row) => row.id),
            ),
            eq(practitionerRoles.isActive, true),
          ),
        )
        .orderBy(asc(specialties.sortOrder), asc(specialties.code));
      return rows.map((row) => ({
        id: row.id,
        name: fullName(row),
        specialties: roles
          .filter((role) => role.practitionerId === row.id)
          .map(({ code, name }) => ({ code, name })),
      }));
    },

    async suggestOrganizations(filter: SuggestionFilter) {
      return db
        .select({ id: organizations.id, name: organizations.name, address: organizations.address })
        .from(organizations)
        .where(
          and(
            eq(organizations.isActive, true),
            filter.regionCode ? eq(organizations.regionCode, filter.regionCode) : undefined,
            ...wordStarts(organizations.searchText, filter.words),
          ),
        )
        .orderBy(asc(organizations.name), asc(organizations.id))
        .limit(filter.limit);
    },
  };
}
