/** The kinds of file Talon accepts (docs/domain.md rule 23), decided by the content, never the name. */
export const UPLOAD_CONTENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type UploadContentType = (typeof UPLOAD_CONTENT_TYPES)[number];
