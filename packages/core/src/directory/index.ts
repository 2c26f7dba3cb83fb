export { DirectoryErrorCode } from './directory.errors';
export type { DirectoryRepository } from './directory.repository';
export type * from './directory.types';
export { type DirectoryDeps, directoryUseCases } from './directory.use-cases';
export { getOrganization } from './get-organization';
export { getPractitioner } from './get-practitioner';
export { listRegions, listSpecialties } from './list-references';
export { type SearchOrganizationsInput, searchOrganizations } from './search-organizations';
export { type SearchPractitionersInput, searchPractitioners } from './search-practitioners';
export { SPECIALTY_SYNONYMS } from './specialty-synonyms';
export {
  matchesWordStarts,
  SUGGESTIONS_PER_KIND,
  type SuggestionFilter,
  type Suggestions,
  type SuggestionsRepository,
  suggest,
  suggestionWords,
} from './suggest';
