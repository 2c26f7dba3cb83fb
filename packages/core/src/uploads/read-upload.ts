import type { Principal } from '../identity';
import { DomainError } from '../shared';
import { canReadUpload } from './can-read-upload';
import { UploadsErrorCode } from './uploads.errors';
import type { UploadContentType, UploadsDeps } from './uploads.types';

/** An upload's bytes for whoever `canReadUpload` lets through; anyone else learns nothing ("not found"). */
export async function readUpload(
  deps: Pick<UploadsDeps, 'store' | 'files'>,
  principal: Principal,
  input: { id: string },
): Promise<{ id: string; contentType: UploadContentType; sha256: string; bytes: Uint8Array }> {
  const file = await deps.store.transaction(async (repos) => {
    const found = await repos.storedFiles.find(input.id);
    if (!found) return null;
    const facts = found.attachedTo
      ? await repos.attachments.factsFor(principal, found)
      : { isHandledByCaller: false };
    return canReadUpload(principal, found, facts) ? found : null;
  });
  if (!file) throw new DomainError(UploadsErrorCode.UPLOAD_NOT_FOUND);
  return {
    id: file.id,
    contentType: file.contentType,
    sha256: file.sha256,
    bytes: await deps.files.read(file),
  };
}
