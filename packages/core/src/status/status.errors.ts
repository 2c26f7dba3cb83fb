/** Error codes of the status page's incidents (mapped to HTTP and Russian text by the API). */
export const StatusErrorCode = {
  /** A field of an incident or an update is missing or wrong (400, with every field at once). */
  STATUS_INCIDENT_INVALID: 'STATUS_INCIDENT_INVALID',
  /** No incident with this id (404). */
  STATUS_INCIDENT_NOT_FOUND: 'STATUS_INCIDENT_NOT_FOUND',
  /** The incident is resolved: it takes no more updates; open a new one (409). */
  STATUS_INCIDENT_RESOLVED: 'STATUS_INCIDENT_RESOLVED',
} as const;
export type StatusErrorCode = (typeof StatusErrorCode)[keyof typeof StatusErrorCode];
