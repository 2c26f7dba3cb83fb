import { FHIR_SPECIALTY_SYSTEM } from '@talon/core/interop';

/**
 * The systems of the identifiers and codes Talon writes (docs/fhir.md «Identifier systems»). OIDs of the
 * Russian registers, as `urn:oid:` URIs, where one exists; Talon's own code lists where none does yet.
 */
export const IdentifierSystem = {
  /** СНИЛС, the insurance number of the Social Fund (ex-ПФР) register. */
  SNILS: 'urn:oid:1.2.643.100.3',
  /**
   * The single OMS policy number (ЕНП): the «полис ОМС единого образца» of the document types of the regional
   * integration buses (N3.Здоровье, 1.2.643.2.69.1.1.1.6.228), the system regional systems send and expect.
   */
  ENP: 'urn:oid:1.2.643.2.69.1.1.1.6.228',
  /**
   * The register of medical organisations of the Russian Federation (ФРМО, НСИ Минздрава
   * 1.2.643.5.1.13.13.11.1461): a clinic's registry code.
   */
  CLINIC_REGISTRY: 'urn:oid:1.2.643.5.1.13.13.11.1461',
  /** Talon's prescription numbers (the number printed on the form). */
  PRESCRIPTION_NUMBER: 'urn:talon:fhir:NamingSystem:prescription-number',
} as const;

export const CodeSystem = {
  /** Talon's specialty codes (`GET /api/v1/specialties`), with their Russian names as the display. */
  SPECIALTY: FHIR_SPECIALTY_SYSTEM,
  /** FHIR's location physical types (a room). */
  LOCATION_PHYSICAL_TYPE: 'http://terminology.hl7.org/CodeSystem/location-physical-type',
  /** МКБ-10 (the Russian edition keeps the WHO codes). */
  ICD10: 'http://hl7.org/fhir/sid/icd-10',
  UCUM: 'http://unitsofmeasure.org',
  LOINC: 'http://loinc.org',
  /** Talon's laboratory panels (`reference/clinical/lab-panels.json`). */
  LAB_PANEL: 'urn:talon:fhir:CodeSystem:lab-panel',
  /** Talon's document types (`reference/clinical/document-types.json`). */
  DOCUMENT_TYPE: 'urn:talon:fhir:CodeSystem:document-type',
  /** Talon's medicines (`reference/clinical/medicines.json`: МНН, form, strength). */
  MEDICINE: 'urn:talon:fhir:CodeSystem:medicine',
  /** Talon's vaccines (`reference/clinical/vaccines.json`). */
  VACCINE: 'urn:talon:fhir:CodeSystem:vaccine',
  IDENTIFIER_TYPE: 'http://terminology.hl7.org/CodeSystem/v2-0203',
  ACT_CODE: 'http://terminology.hl7.org/CodeSystem/v3-ActCode',
  CONDITION_CLINICAL: 'http://terminology.hl7.org/CodeSystem/condition-clinical',
  CONDITION_VERIFICATION: 'http://terminology.hl7.org/CodeSystem/condition-ver-status',
  CONDITION_CATEGORY: 'http://terminology.hl7.org/CodeSystem/condition-category',
  OBSERVATION_CATEGORY: 'http://terminology.hl7.org/CodeSystem/observation-category',
  INTERPRETATION: 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation',
  DIAGNOSTIC_SERVICE_SECTION: 'http://terminology.hl7.org/CodeSystem/v2-0074',
} as const;
