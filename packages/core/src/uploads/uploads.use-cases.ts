import { purgeUnattachedUploads } from './purge-unattached-uploads';
import { readUpload } from './read-upload';
import { uploadFile } from './upload-file';

/** Uploads (docs/domain.md rule 23): keep a file for the caller, read it back, purge the unattached. */
export const uploadsUseCases = {
  upload: uploadFile,
  read: readUpload,
  purgeUnattached: purgeUnattachedUploads,
};
