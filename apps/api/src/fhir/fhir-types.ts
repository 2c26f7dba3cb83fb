/**
 * The slice of FHIR R4 (4.0.1) that Talon writes, typed loosely on purpose: the shapes are checked against
 * the base structure definitions in the tests (`testing/fhir-validator.ts`), not re-declared here.
 */
export interface FhirResource {
  resourceType: string;
  id?: string;
  [element: string]: unknown;
}

export interface Coding {
  system?: string;
  code: string;
  display?: string;
}

export interface CodeableConcept {
  coding?: Coding[];
  text?: string;
}

export interface Reference {
  reference: string;
  display?: string;
}

export const reference = (type: string, id: string, display?: string): Reference =>
  display === undefined ? { reference: `${type}/${id}` } : { reference: `${type}/${id}`, display };
