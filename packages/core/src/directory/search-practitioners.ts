import { normalizeForSearch } from '../identifiers';
import type { Principal } from '../identity';
import type { Clock } from '../shared';
import type { DirectoryRepository } from './directory.repository';
import type { Page, PractitionerSummary } from './directory.types';
import { experienceYears } from './experience-years';
import { assertKnownRegion, assertKnownSpecialty } from './known-references';

export interface SearchPractitionersInput {
  region?: string;
  organization?: string;
  specialty?: string;
  q?: string;
  page: number;
  pageSize: number;
}

/** Doctors matching the filters; `q` matches any part of the full name, ignoring case and ё/е. */
export async function searchPractitioners(
  deps: { directory: DirectoryRepository; clock: Clock },
  _principal: Principal | null,
  input: SearchPractitionersInput,
): Promise<Page<PractitionerSummary>> {
  await assertKnownRegion(deps.directory, input.region, 'query.region');
  await assertKnownSpecialty(deps.directory, input.specialty, 'query.specialty');
  const text = input.q ? normalizeForSearch(input.q) : undefined;
  const page = await deps.directory.searchPractitioners({
    regionCode: input.region,
    organizationId: input.organization,
    specialtyCode: input.specialty,
    text: text || undefined,
    page: input.page,
    pageSize: input.pageSize,
  });
  const today = deps.clock.now();
  return {
    ...page,
    items: page.items.map((item) => ({
      ...item,
      experienceYears: experienceYears(item.experienceSince, today),
    })),
  };
}
