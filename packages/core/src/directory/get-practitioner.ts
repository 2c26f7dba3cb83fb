import type { Principal } from '../identity';
import { type Clock, DomainError } from '../shared';
import { DirectoryErrorCode } from './directory.errors';
import type { DirectoryRepository } from './directory.repository';
import type { Practitioner } from './directory.types';
import { experienceYears } from './experience-years';

/** A doctor's public profile with every place of work. */
export async function getPractitioner(
  deps: { directory: DirectoryRepository; clock: Clock },
  _principal: Principal | null,
  input: { id: string },
): Promise<Practitioner> {
  const practitioner = await deps.directory.findPractitioner(input.id);
  if (!practitioner) throw new DomainError(DirectoryErrorCode.PRACTITIONER_NOT_FOUND, { field: 'params.id' });
  return {
    ...practitioner,
    experienceYears: experienceYears(practitioner.experienceSince, deps.clock.now()),
  };
}
