import type { FhirResource } from './fhir-types';

/** Where a resource of the medical record names its patient. */
const PATIENT_PATHS = ['subject', 'patient', 'beneficiary'] as const;

/**
 * The patient a resource is about, for the audit entry of the call that read it (docs/identity.md: every
 * read of a person's data by someone else is audited with its subject): the Patient itself, or the patient
 * its `subject`, `patient` or `beneficiary` points to; null for the directory.
 */
export function subjectPatientOf(resource: FhirResource): string | null {
  if (resource.resourceType === 'Patient') return resource.id ?? null;
  for (const path of PATIENT_PATHS) {
    const target = (resource[path] as { reference?: string } | undefined)?.reference;
    if (target?.startsWith('Patient/')) return target.slice('Patient/'.length);
  }
  return null;
}
