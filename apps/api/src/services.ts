import {
  getOrganization,
  getPractitioner,
  type SearchOrganizationsInput,
  type SearchPractitionersInput,
  searchOrganizations,
  searchPractitioners,
} from '@talon/core/directory';
import type { Clock } from '@talon/core/shared';
import { createDirectoryRepository, type DatabaseHandle } from '@talon/db';

/** The one place that wires repositories into use cases; handlers see only these functions. */
export function createServices(database: DatabaseHandle, clock: Clock) {
  const directory = createDirectoryRepository(database.db);
  const deps = { directory, clock };
  return {
    directory: {
      listRegions: () => directory.listRegions(),
      listSpecialties: () => directory.listSpecialties(),
      searchOrganizations: (input: SearchOrganizationsInput) => searchOrganizations(deps, input),
      getOrganization: (id: string) => getOrganization(deps, { id }),
      searchPractitioners: (input: SearchPractitionersInput) => searchPractitioners(deps, input),
      getPractitioner: (id: string) => getPractitioner(deps, { id }),
    },
  };
}

export type Services = ReturnType<typeof createServices>;
