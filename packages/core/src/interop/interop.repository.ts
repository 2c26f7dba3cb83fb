import type {
  InteropLocation,
  InteropOrganization,
  InteropPage,
  InteropPageRequest,
  InteropPractitioner,
  InteropPractitionerRole,
  InteropSlot,
  LocationCriteria,
  OrganizationCriteria,
  PractitionerCriteria,
  PractitionerRoleCriteria,
  SlotCriteria,
} from './interop.types';

/**
 * What the FHIR interface reads; implemented in the db package. Every search is one page in a stable order
 * (so that offset paging does not skip or repeat), with the total of matches; a read is a search by `ids`.
 */
export interface InteropReads {
  organizations(
    criteria: OrganizationCriteria,
    page: InteropPageRequest,
  ): Promise<InteropPage<InteropOrganization>>;
  locations(criteria: LocationCriteria, page: InteropPageRequest): Promise<InteropPage<InteropLocation>>;
  practitioners(
    criteria: PractitionerCriteria,
    page: InteropPageRequest,
  ): Promise<InteropPage<InteropPractitioner>>;
  practitionerRoles(
    criteria: PractitionerRoleCriteria,
    page: InteropPageRequest,
  ): Promise<InteropPage<InteropPractitionerRole>>;
  /** `now` decides whether a hold is still on (`busy-tentative`) or has run out (`free`). */
  slots(criteria: SlotCriteria, page: InteropPageRequest, now: Date): Promise<InteropPage<InteropSlot>>;
}
