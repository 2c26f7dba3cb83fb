// Uploads: files (PDF, JPEG, PNG ≤ 5 MB) kept sealed for their owner until a request attaches them.
export { canReadUpload } from './can-read-upload';
export { placeDocumentFile } from './document-file';
export { detectFileType, FILE_SIGNATURE_BYTES } from './file-type';
export { purgeUnattachedUploads } from './purge-unattached-uploads';
export { readUpload } from './read-upload';
export { type UploadFileInput, uploadFile } from './upload-file';
export { UploadsErrorCode } from './uploads.errors';
export * from './uploads.types';
export { uploadsUseCases } from './uploads.use-cases';
