/** Error codes of uploads (docs/domain.md rule 23), mapped to HTTP and Russian text by the API. */
export const UploadsErrorCode = {
  /** Not a PDF, JPEG or PNG by its content (415). */
  UNSUPPORTED_FILE_TYPE: 'UNSUPPORTED_FILE_TYPE',
  /** Over 5 MB (413). */
  FILE_TOO_LARGE: 'FILE_TOO_LARGE',
  /** The request is not `multipart/form-data` (415). */
  MULTIPART_REQUIRED: 'MULTIPART_REQUIRED',
  /** The request carried no file in the field `file`. */
  FILE_REQUIRED: 'FILE_REQUIRED',
  /** No such upload, or not the caller's to read: the answer is the same. */
  UPLOAD_NOT_FOUND: 'UPLOAD_NOT_FOUND',
} as const;
export type UploadsErrorCode = (typeof UploadsErrorCode)[keyof typeof UploadsErrorCode];
