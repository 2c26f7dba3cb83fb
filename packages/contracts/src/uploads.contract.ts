import { UPLOAD_CONTENT_TYPES } from '@talon/vocabulary';
import { z } from './zod';

/** `POST /api/v1/uploads` → 201: the stored file (docs/domain.md rule 23). */
export const ZUpload = z
  .object({
    id: z.uuid(),
    contentType: z.enum(UPLOAD_CONTENT_TYPES).describe('Decided by the content'),
    size: z.number().int().describe('Bytes, at most 5 MB'),
    sha256: z.string().describe('Hex SHA-256 of the file'),
  })
  .meta({ id: 'Upload' });
export type TUpload = z.infer<typeof ZUpload>;

/** The multipart body, for the OpenAPI document: one file in the field `file`. */
export const ZUploadBody = z
  .object({ file: z.string().describe('The file (binary): PDF, JPEG or PNG, at most 5 MB') })
  .meta({ id: 'UploadBody' });
