import type { Principal } from '../identity';
import { DomainError } from '../shared';
import { DirectoryErrorCode } from './directory.errors';
import type { DirectoryRepository } from './directory.repository';
import type { Organization } from './directory.types';

/** One clinic with its booking policy, opening hours and the specialties it offers. */
export async function getOrganization(
  deps: { directory: DirectoryRepository },
  _principal: Principal | null,
  input: { id: string },
): Promise<Organization> {
  const organization = await deps.directory.findOrganization(input.id);
  if (!organization) throw new DomainError(DirectoryErrorCode.ORGANIZATION_NOT_FOUND, { field: 'params.id' });
  return organization;
}
