/** The front desk (docs/registry.md). */

/**
 * What a registry patient search (`POST /registry/patients/search`) may be given: an identifier, or a surname
 * (with a name) and a birth date.
 */
export const PATIENT_SEARCH_FIELDS = ['snils', 'oms', 'phone', 'surname', 'name', 'birthDate'] as const;
export type PatientSearchField = (typeof PATIENT_SEARCH_FIELDS)[number];

/** A search as typed at the desk: each given field a text, the others absent. */
export type PatientSearchQuery = Partial<Record<PatientSearchField, string>>;
