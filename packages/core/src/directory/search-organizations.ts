import { normalizeForSearch } from '../identifiers';
import type { Principal } from '../identity';
import type { DirectoryRepository } from './directory.repository';
import type { GeoPoint, OrganizationKind, OrganizationSummary, Page } from './directory.types';
import { assertKnownRegion, assertKnownSpecialty } from './known-references';

export interface SearchOrganizationsInput {
  region?: string;
  kind?: OrganizationKind;
  q?: string;
  near?: GeoPoint;
  specialty?: string;
  page: number;
  pageSize: number;
}

/**
 * Clinics matching the filters: text in the name or address (case and ё/е do not matter), kind, region and
 * offered specialty. With `near`, each clinic gets its distance and the list is sorted by it.
 */
export async function searchOrganizations(
  deps: { directory: DirectoryRepository },
  _principal: Principal | null,
  input: SearchOrganizationsInput,
): Promise<Page<OrganizationSummary>> {
  await assertKnownRegion(deps.directory, input.region, 'query.region');
  await assertKnownSpecialty(deps.directory, input.specialty, 'query.specialty');
  const text = input.q ? normalizeForSearch(input.q) : undefined;
  return deps.directory.searchOrganizations({
    regionCode: input.region,
    kind: input.kind,
    text: text || undefined,
    near: input.near,
    specialtyCode: input.specialty,
    page: input.page,
    pageSize: input.pageSize,
  });
}
