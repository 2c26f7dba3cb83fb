/** What a patient may order; each is a document type of `reference/clinical/document-types.json`. */
export const DOCUMENT_REQUEST_TYPES = [
  'vaccination-certificate',
  'visit-certificate',
  'pool-certificate',
  'sport-certificate',
  'lab-results-extract',
  'outpatient-extract',
  'inpatient-extract',
] as const;
export type DocumentRequestType = (typeof DOCUMENT_REQUEST_TYPES)[number];

/**
 * `in_progress` → `ready` (generated from the record) | `awaiting_signature` → `ready` (a doctor signed) |
 * `rejected` (a doctor refused).
 */
export const DOCUMENT_REQUEST_STATUSES = ['in_progress', 'awaiting_signature', 'ready', 'rejected'] as const;
export type DocumentRequestStatus = (typeof DOCUMENT_REQUEST_STATUSES)[number];
