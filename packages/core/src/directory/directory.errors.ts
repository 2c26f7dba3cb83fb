/** Error codes of the directory module (mapped to HTTP and Russian text by the API). */
export const DirectoryErrorCode = {
  /** A region code that is well-formed but not one of the 85 subjects. */
  UNKNOWN_REGION: 'UNKNOWN_REGION',
  /** A specialty code not in the reference list. */
  UNKNOWN_SPECIALTY: 'UNKNOWN_SPECIALTY',
  ORGANIZATION_NOT_FOUND: 'ORGANIZATION_NOT_FOUND',
  PRACTITIONER_NOT_FOUND: 'PRACTITIONER_NOT_FOUND',
} as const;
export type DirectoryErrorCode = (typeof DirectoryErrorCode)[keyof typeof DirectoryErrorCode];
