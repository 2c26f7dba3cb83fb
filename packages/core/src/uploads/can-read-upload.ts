import type { Principal } from '../identity';
import type { StoredFileRecord, UploadAttachmentFacts } from './uploads.types';

/**
 * Who may read an uploaded file: its owner, and staff handling the request it is attached to (the module
 * owning that request says so through `facts`). Pure; later modules widen it only through the facts.
 */
export function canReadUpload(
  principal: Pick<Principal, 'accountId' | 'stage'>,
  file: Pick<StoredFileRecord, 'ownerAccountId' | 'attachedTo'>,
  facts: UploadAttachmentFacts,
): boolean {
  if (principal.stage !== 'full') return false;
  if (file.ownerAccountId !== null && file.ownerAccountId === principal.accountId) return true;
  return file.attachedTo !== null && facts.isHandledByCaller;
}
