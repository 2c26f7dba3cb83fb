import type { Clock } from '../shared';
import type { DirectoryRepository } from './directory.repository';
import { getOrganization } from './get-organization';
import { getPractitioner } from './get-practitioner';
import { listRegions, listSpecialties } from './list-references';
import { searchOrganizations } from './search-organizations';
import { searchPractitioners } from './search-practitioners';
import { type SuggestionsRepository, suggest } from './suggest';

/** What the directory's use cases need. */
export interface DirectoryDeps {
  directory: DirectoryRepository;
  suggestions: SuggestionsRepository;
  clock: Clock;
}

/** The public directory: regions, specialties, clinics, doctors, search suggestions. Open to anyone. */
export const directoryUseCases = {
  listRegions,
  listSpecialties,
  searchOrganizations,
  getOrganization,
  searchPractitioners,
  getPractitioner,
  suggest,
};
