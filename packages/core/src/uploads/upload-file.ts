import type { Principal, RequestOrigin } from '../identity';
import { DomainError } from '../shared';
import { detectFileType } from './file-type';
import { UploadsErrorCode } from './uploads.errors';
import { MAX_UPLOAD_BYTES, type UploadsDeps, type UploadView } from './uploads.types';

export interface UploadFileInput {
  bytes: Uint8Array;
  origin: RequestOrigin;
}

/**
 * Keeps an uploaded file for the caller (docs/domain.md rule 23): PDF, JPEG or PNG by its content, at most
 * 5 MB, sealed at rest. It stays the caller's alone until a request it belongs to attaches it; unattached
 * for 24 hours, it is deleted by the `uploads.purge` job.
 */
export async function uploadFile(
  deps: UploadsDeps,
  principal: Principal,
  input: UploadFileInput,
): Promise<UploadView> {
  const { bytes } = input;
  if (bytes.length > MAX_UPLOAD_BYTES) {
    throw new DomainError(UploadsErrorCode.FILE_TOO_LARGE, {
      field: 'body.file',
      params: { maxMb: MAX_UPLOAD_BYTES / 1024 / 1024 },
    });
  }
  const contentType = detectFileType(bytes);
  if (!contentType) throw new DomainError(UploadsErrorCode.UNSUPPORTED_FILE_TYPE, { field: 'body.file' });
  const id = deps.newId();
  const sha256 = deps.sha256(bytes);
  const placed = await deps.files.write(id, bytes);
  const now = deps.clock.now();
  await deps.store.transaction(async (repos) => {
    await repos.storedFiles.insert({
      id,
      ownerAccountId: principal.accountId,
      contentType,
      size: bytes.length,
      sha256,
      storage: deps.files.storage,
      storageKey: placed.storageKey,
      content: placed.content,
      at: now,
    });
    await repos.audit.record({
      action: 'upload.create',
      outcome: 'success',
      actorAccountId: principal.accountId,
      actorRole: principal.roles[0]?.role ?? null,
      recordType: 'stored_file',
      recordId: id,
      ip: input.origin.ip,
      userAgent: input.origin.userAgent,
      details: { contentType, size: bytes.length },
      occurredAt: now,
    });
  });
  return { id, contentType, size: bytes.length, sha256 };
}
