/** What a practitioner writes (issue 12 item 5); each kind is a `documents` type once signed. */
export const PRACTITIONER_DOCUMENT_KINDS = [
  'discharge-summary',
  'medical-certificate',
  'outpatient-extract',
  'visit-protocol',
] as const;
export type PractitionerDocumentKind = (typeof PRACTITIONER_DOCUMENT_KINDS)[number];

/** draft → signed → superseded (by a signed correction); a signed document is never edited. */
export const PRACTITIONER_DOCUMENT_STATUSES = ['draft', 'signed', 'superseded'] as const;
export type PractitionerDocumentStatus = (typeof PRACTITIONER_DOCUMENT_STATUSES)[number];
