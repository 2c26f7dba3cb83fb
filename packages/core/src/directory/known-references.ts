import { DomainError } from '../shared';
import { DirectoryErrorCode } from './directory.errors';
import type { DirectoryRepository } from './directory.repository';

/** Refuses a region code that is not one of the reference list, naming the request field. */
export async function assertKnownRegion(repo: DirectoryRepository, code: string | undefined, field: string) {
  if (code !== undefined && !(await repo.findRegion(code))) {
    throw new DomainError(DirectoryErrorCode.UNKNOWN_REGION, { field, params: { code } });
  }
}

/** Refuses a specialty code that is not one of the reference list, naming the request field. */
export async function assertKnownSpecialty(
  repo: DirectoryRepository,
  code: string | undefined,
  field: string,
) {
  if (code !== undefined && !(await repo.findSpecialty(code))) {
    throw new DomainError(DirectoryErrorCode.UNKNOWN_SPECIALTY, { field, params: { code } });
  }
}
