import type { MultipartFile } from '@fastify/multipart';
import { problemResponses, ZIdParams, ZProblem, ZUpload, ZUploadBody, z } from '@talon/contracts';
import { DomainError } from '@talon/core/shared';
import { MAX_UPLOAD_BYTES, UploadsErrorCode } from '@talon/core/uploads';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { originOf } from '../../plugins/auth/auth.plugin';
import { principalOf } from '../route-preamble';

/**
 * The one file of a `multipart/form-data` request, in the field `file`, read up to 5 MB: a longer one stops
 * being read at the limit (busboy's `fileSize`) and is refused, so a large body is never buffered whole.
 */
async function readFilePart(request: FastifyRequest): Promise<Uint8Array> {
  if (!request.isMultipart()) {
    throw new DomainError(UploadsErrorCode.MULTIPART_REQUIRED, { field: 'headers.content-type' });
  }
  let part: MultipartFile | undefined;
  try {
    part = await request.file({ limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10, parts: 11 } });
  } catch (error) {
    throw multipartError(error);
  }
  if (part?.fieldname !== 'file')
    throw new DomainError(UploadsErrorCode.FILE_REQUIRED, { field: 'body.file' });
  try {
    return await part.toBuffer();
  } catch (error) {
    throw multipartError(error);
  }
}

/** busboy's and the plugin's refusals as Talon's own: too large (413), or a malformed body (400). */
function multipartError(error: unknown): unknown {
  const code = (error as { code?: string }).code;
  if (code === 'FST_REQ_FILE_TOO_LARGE') {
    return new DomainError(UploadsErrorCode.FILE_TOO_LARGE, {
      field: 'body.file',
      params: { maxMb: MAX_UPLOAD_BYTES / 1024 / 1024 },
    });
  }
  if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') {
    return new DomainError(UploadsErrorCode.FILE_REQUIRED, { field: 'body.file' });
  }
  return error;
}

/**
 * Uploads (issue 11, item 4; docs/domain.md rule 23): `POST /uploads` keeps one file for the caller — PDF,
 * JPEG or PNG by its content, at most 5 MB — and `GET /uploads/{id}` gives it back to its owner (and, once
 * requests take attachments, to staff handling the request).
 */
export const uploadsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { uploads } = app.services;
  const tags = ['Uploads'];
  const config = { access: 'authenticated' as const };

  app.post(
    '/uploads',
    {
      config,
      // The multipart body is read by the handler, not parsed into `request.body`: its schema is for the
      // OpenAPI document only.
      validatorCompiler: (route) =>
        route.httpPart === 'body'
          ? () => ({ value: undefined })
          : validatorCompiler(route as unknown as Parameters<typeof validatorCompiler>[0]),
      schema: {
        tags,
        summary: 'Upload one file (multipart/form-data, field `file`): PDF, JPEG or PNG, at most 5 MB',
        consumes: ['multipart/form-data'],
        body: ZUploadBody,
        response: {
          201: ZUpload,
          400: problemResponses[400],
          401: ZProblem.describe('Not logged in'),
          413: ZProblem.describe('FILE_TOO_LARGE: over 5 MB'),
          415: ZProblem.describe('UNSUPPORTED_FILE_TYPE: not a PDF, JPEG or PNG by its content'),
        },
      },
    },
    async (request, reply) => {
      const bytes = await readFilePart(request);
      const stored = await uploads.upload(principalOf(request), { bytes, origin: originOf(request) });
      return reply.status(201).send(stored);
    },
  );

  app.get(
    '/uploads/:id',
    {
      config,
      schema: {
        tags,
        summary: 'An uploaded file, to its owner (anyone else: 404)',
        params: ZIdParams,
        response: {
          200: z.string().describe('The file, with its content type'),
          401: ZProblem.describe('Not logged in'),
          404: problemResponses[404],
        },
      },
    },
    async (request, reply) => {
      const file = await uploads.read(principalOf(request), {
        id: request.params.id,
        origin: originOf(request),
      });
      reply
        .type(file.contentType)
        .header('cache-control', 'private, no-store')
        .header('content-disposition', 'inline')
        .header('x-content-sha256', file.sha256);
      return reply.send(Buffer.from(file.bytes) as unknown as string);
    },
  );
};
