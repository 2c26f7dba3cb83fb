/** Error codes of the practitioner's documents (mapped to HTTP by the API). */
export const PractitionerDocumentsErrorCode = {
  /** No such document, or another practitioner's (answered alike). */
  PRACTITIONER_DOCUMENT_NOT_FOUND: 'PRACTITIONER_DOCUMENT_NOT_FOUND',
  /** Only a practitioner writes documents. */
  PRACTITIONER_DOCUMENT_AUTHOR_REQUIRED: 'PRACTITIONER_DOCUMENT_AUTHOR_REQUIRED',
  /** A signed (or superseded) document is never edited or signed again: a correction supersedes it. */
  PRACTITIONER_DOCUMENT_SIGNED: 'PRACTITIONER_DOCUMENT_SIGNED',
  /** The kind is written over a period: `from` and `to` are required, `from` ≤ `to`, not in the future. */
  PRACTITIONER_DOCUMENT_PERIOD_INVALID: 'PRACTITIONER_DOCUMENT_PERIOD_INVALID',
  /** A visit protocol names one of the patient's visits (`encounterId`). */
  PRACTITIONER_DOCUMENT_ENCOUNTER_REQUIRED: 'PRACTITIONER_DOCUMENT_ENCOUNTER_REQUIRED',
  /** A required section is empty at signing. */
  PRACTITIONER_DOCUMENT_SECTIONS_MISSING: 'PRACTITIONER_DOCUMENT_SECTIONS_MISSING',
  /** Only a signed document is corrected, once: its correction exists already or it is not signed. */
  PRACTITIONER_DOCUMENT_NOT_SUPERSEDABLE: 'PRACTITIONER_DOCUMENT_NOT_SUPERSEDABLE',
  /** The practitioner works at no clinic to issue from. */
  PRACTITIONER_DOCUMENT_NO_ISSUER: 'PRACTITIONER_DOCUMENT_NO_ISSUER',
} as const;
export type PractitionerDocumentsErrorCode =
  (typeof PractitionerDocumentsErrorCode)[keyof typeof PractitionerDocumentsErrorCode];
