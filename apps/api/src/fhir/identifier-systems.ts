/**
 * The systems of the identifiers and codes Talon writes (docs/fhir.md «Identifier systems»). OIDs of the
 * Russian registers, as `urn:oid:` URIs, where one exists; Talon's own code lists where none does yet.
 */
export const IdentifierSystem = {
  /** СНИЛС, the insurance number of the Social Fund (ex-ПФР) register. */
  SNILS: 'urn:oid:1.2.643.100.3',
  /** ЕНП, the single OMS policy number (the НСИ document type «полис ОМС единого образца»). */
  ENP: 'urn:oid:1.2.643.5.1.13.2.7.100.5',
  /**
   * The register of medical organisations of the Russian Federation (ФРМО, НСИ Минздрава
   * 1.2.643.5.1.13.13.11.1461): a clinic's registry code.
   */
  CLINIC_REGISTRY: 'urn:oid:1.2.643.5.1.13.13.11.1461',
} as const;

export const CodeSystem = {
  /** Talon's specialty codes (`GET /api/v1/specialties`), with their Russian names as the display. */
  SPECIALTY: 'urn:talon:fhir:CodeSystem:specialty',
  /** FHIR's location physical types (a room). */
  LOCATION_PHYSICAL_TYPE: 'http://terminology.hl7.org/CodeSystem/location-physical-type',
} as const;
