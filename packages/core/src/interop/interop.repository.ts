import type {
  HealthcareServiceCriteria,
  InteropCondition,
  InteropCoverage,
  InteropDiagnosticReport,
  InteropDocument,
  InteropEncounter,
  InteropHealthcareService,
  InteropImmunization,
  InteropLocation,
  InteropMedicationRequest,
  InteropObservation,
  InteropOrganization,
  InteropPage,
  InteropPageRequest,
  InteropPatient,
  InteropPractitioner,
  InteropPractitionerRole,
  InteropSlot,
  LocationCriteria,
  OrganizationCriteria,
  PatientCriteria,
  PractitionerCriteria,
  PractitionerRoleCriteria,
  RecordCriteria,
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
  healthcareServices(
    criteria: HealthcareServiceCriteria,
    page: InteropPageRequest,
  ): Promise<InteropPage<InteropHealthcareService>>;
  /** By id or through the keyed hash of one identifier: the table is never decrypted to search it. */
  patients(criteria: PatientCriteria, page: InteropPageRequest): Promise<InteropPage<InteropPatient>>;
  coverages(criteria: RecordCriteria, page: InteropPageRequest): Promise<InteropPage<InteropCoverage>>;
  /** The medical record: finished, final or signed entries only (drafts are not shared). */
  encounters(criteria: RecordCriteria, page: InteropPageRequest): Promise<InteropPage<InteropEncounter>>;
  conditions(criteria: RecordCriteria, page: InteropPageRequest): Promise<InteropPage<InteropCondition>>;
  observations(criteria: RecordCriteria, page: InteropPageRequest): Promise<InteropPage<InteropObservation>>;
  diagnosticReports(
    criteria: RecordCriteria,
    page: InteropPageRequest,
  ): Promise<InteropPage<InteropDiagnosticReport>>;
  documents(criteria: RecordCriteria, page: InteropPageRequest): Promise<InteropPage<InteropDocument>>;
  medicationRequests(
    criteria: RecordCriteria,
    page: InteropPageRequest,
  ): Promise<InteropPage<InteropMedicationRequest>>;
  immunizations(
    criteria: RecordCriteria,
    page: InteropPageRequest,
  ): Promise<InteropPage<InteropImmunization>>;
}
