import { normalizeForSearch } from '../identifiers';
import type { Principal } from '../identity';
import type { DirectoryRepository } from './directory.repository';
import { assertKnownRegion } from './known-references';
import { searchNamesOf } from './specialty-synonyms';

/** At most this many suggestions of each kind: a dropdown under a search field, not a result page. */
export const SUGGESTIONS_PER_KIND = 5;

export interface SuggestionFilter {
  /** Normalised search words (`normalizeForSearch`): each must begin a word of the name. */
  words: readonly string[];
  regionCode: string | undefined;
  limit: number;
}

export interface Suggestions {
  specialties: { code: string; name: string }[];
  practitioners: { id: string; name: string; specialties: { code: string; name: string }[] }[];
  organizations: { id: string; name: string; address: string }[];
}

/** The SQL side of suggestions: doctors and clinics whose normalised name has words starting so. */
export interface SuggestionsRepository {
  suggestPractitioners(filter: SuggestionFilter): Promise<Suggestions['practitioners']>;
  suggestOrganizations(filter: SuggestionFilter): Promise<Suggestions['organizations']>;
}

/** The words of a query, normalised (case, ё/е) and split at spaces, hyphens and punctuation. */
export function suggestionWords(q: string): string[] {
  return normalizeForSearch(q)
    .split(/[\s,.()«»"'-]+/)
    .filter((word) => word.length > 0)
    .slice(0, 5);
}

/** True when every word begins some word of `text` (words split as in `suggestionWords`). */
export function matchesWordStarts(text: string, words: readonly string[]): boolean {
  const own = suggestionWords(text);
  return words.every((word) => own.some((candidate) => candidate.startsWith(word)));
}

/**
 * Suggestions for the home search field (issue 6): specialties, doctors and clinics whose names have words
 * starting with the typed ones («кард» → кардиолог, «иван» → Иванов, Иван; «лор» → оториноларинголог by
 * `SPECIALTY_SYNONYMS`), case and ё/е aside; doctors
 * and clinics of the region when one is given. The specialty list is small reference data, matched here.
 */
export async function suggest(
  deps: { directory: DirectoryRepository; suggestions: SuggestionsRepository },
  _principal: Principal | null,
  input: { q: string; region?: string },
): Promise<Suggestions> {
  await assertKnownRegion(deps.directory, input.region, 'query.region');
  const words = suggestionWords(input.q);
  if (words.length === 0) return { specialties: [], practitioners: [], organizations: [] };
  const filter = { words, regionCode: input.region, limit: SUGGESTIONS_PER_KIND };
  const [specialties, practitioners, organizations] = await Promise.all([
    deps.directory.listSpecialties(),
    deps.suggestions.suggestPractitioners(filter),
    deps.suggestions.suggestOrganizations(filter),
  ]);
  return {
    specialties: specialties
      .filter((specialty) => searchNamesOf(specialty).some((name) => matchesWordStarts(name, words)))
      .slice(0, SUGGESTIONS_PER_KIND)
      .map(({ code, name }) => ({ code, name })),
    practitioners,
    organizations,
  };
}
