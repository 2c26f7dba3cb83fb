import type {
  Organization,
  OrganizationFilter,
  OrganizationSummary,
  Page,
  Practitioner,
  PractitionerFilter,
  PractitionerSummary,
  Region,
  Specialty,
  Stored,
} from './directory.types';

/** What the directory use cases need from storage; implemented in the db package. */
export interface DirectoryRepository {
  listRegions(): Promise<Region[]>;
  findRegion(code: string): Promise<Region | undefined>;
  listSpecialties(): Promise<Specialty[]>;
  findSpecialty(code: string): Promise<Specialty | undefined>;
  searchOrganizations(filter: OrganizationFilter): Promise<Page<OrganizationSummary>>;
  findOrganization(id: string): Promise<Organization | undefined>;
  searchPractitioners(filter: PractitionerFilter): Promise<Page<Stored<PractitionerSummary>>>;
  findPractitioner(id: string): Promise<Stored<Practitioner> | undefined>;
}
